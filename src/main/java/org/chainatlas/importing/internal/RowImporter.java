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

    /** A value that must be unique within the file (e.g. the USCC), with its column; null when none. */
    default String key(F form) {
        return null;
    }

    default String keyColumn() {
        return null;
    }

    /** Stores a checked form (in the caller's transaction). */
    void store(F form);
}
