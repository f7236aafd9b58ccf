package org.chainatlas.platform.data;

/**
 * A shipped or uploaded data file is broken. The message names the file and the place (row and column for
 * tables, JSON path or line for documents) and what is wrong, e.g.
 * {@code data/regions/regions.csv: row 3, column 'lng': '104.0x' is not a number}.
 */
public class DataFileInvalid extends RuntimeException {

    private final String file;
    private final String location;
    private final String reason;

    public DataFileInvalid(String file, String location, String reason) {
        super(file + ": " + location + ": " + reason);
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    /** A problem in one cell of a table; rows count from 1 with the header as row 1. */
    public static DataFileInvalid at(String file, long row, String column, String reason) {
        return new DataFileInvalid(file, "row " + row + ", column '" + column + "'", reason);
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
