package org.chainatlas.importing.internal;

import java.util.List;

import org.chainatlas.importing.ImportKind;
import org.chainatlas.platform.InvalidInput;

/** How one kind of row is read, checked and stored. */
interface RowImporter<F> {

    /** A template column: its header, whether it must be filled, the form fields it feeds, an example value. */
    record Column(String header, boolean required, List<String> fields, String example) {
    }

    ImportKind kind();

    List<Column> columns();

    /** The form of a row; parse errors go to {@code cells}. */
    F parse(Cells cells);

    /** What the module would refuse about the form (rules, rights, uniqueness in the database). */
    List<InvalidInput.FieldError> problems(F form);

    /** {@link #problems(Object)} of a chunk of forms (a module may check them together); the i-th list is the i-th form's. */
    default List<List<InvalidInput.FieldError>> problems(List<F> forms) {
        return forms.stream().map(this::problems).toList();
    }

    /** A value that must be unique within the file (e.g. the USCC), with its column; null when none. */
    default String key(F form) {
        return null;
    }

    default String keyColumn() {
        return null;
    }

    /** Stores a checked form (in the caller's transaction). */
    void store(F form);

    /**
     * Stores checked forms in the caller's transaction, all or none. By default one by one, running {@code between}
     * after each (the caller keeps its persistence context small); a module with a bulk path writes them together.
     */
    /** Called once the import has stored its last row (or stopped): finish what the module left running. */
    default void finish() {
    }

    default void storeAll(List<F> forms, Runnable between) {
        for (F form : forms) {
            store(form);
            between.run();
        }
    }
}
