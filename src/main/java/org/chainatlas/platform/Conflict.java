package org.chainatlas.platform;

/** The request clashes with data already stored (duplicate key, stale state). Answered as 409. */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
