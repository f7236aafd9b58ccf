package org.chainatlas.platform;

/**
 * The signed-in user (or an anonymous visitor) may not do this to this record. Answered as 403 problem
 * details (API) or a page that says so; thrown by the service layer, never only hidden in the UI.
 */
public class Forbidden extends RuntimeException {

    private final String action;
    private final String resource;

    public Forbidden(String action, String resource) {
        super("not allowed to " + action + " " + resource);
        this.action = action;
        this.resource = resource;
    }

    public String action() {
        return action;
    }

    public String resource() {
        return resource;
    }
}
