package org.chainatlas.importing.internal;

import java.util.List;

import org.chainatlas.importing.ImportKind;
import org.chainatlas.platform.InvalidInput;

/** How one kind of row is read, checked and stored. */
interface RowImporter<F> {

    /**
     * A template column: its header, whether it must be filled, the form fields it feeds, an example value, and what the
     * template's notes sheet says about filling it (a hint, and the values a choice column takes, by their Chinese labels).
     */
    record Column(String header, boolean required, List<String> fields, String example, String hint,
                  Class<? extends Enum<?>> choices, String choicePrefix) {

        Column(String header, boolean required, List<String> fields, String example) {
            this(header, required, fields, example, "", null, null);
        }

        /** The same column with a note on how to fill it. */
        Column hint(String text) {
            return new Column(header, required, fields, example, text, choices, choicePrefix);
        }

        /** The same column taking one of an enum's values (their labels are {@code prefix + NAME} messages). */
        Column choosing(Class<? extends Enum<?>> type, String prefix) {
            return new Column(header, required, fields, example, hint, type, prefix);
        }
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
