package org.chainatlas.platform;

/** A requested record does not exist. Answered as 404 problem details (API) or a 404 page. */
public class NotFound extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFound(String kind, Object id) {
        super(kind + " '" + id + "' does not exist");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
