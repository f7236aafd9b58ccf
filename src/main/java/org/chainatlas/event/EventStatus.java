package org.chainatlas.event;

/** DRAFT: being prepared; OPEN: registration and requests open; CLOSED: requests closed; FINISHED. */
public enum EventStatus {
    DRAFT, OPEN, CLOSED, FINISHED;

    /**
     * Whether an event may move from this status to {@code target}: a draft or closed event opens, an open one closes,
     * an open or closed one finishes; nothing goes back to draft (the event's own guard, and what its page offers).
     */
    public boolean mayMoveTo(EventStatus target) {
        return switch (target) {
            case OPEN -> this == DRAFT || this == CLOSED;
            case CLOSED -> this == OPEN;
            case FINISHED -> this == OPEN || this == CLOSED;
            case DRAFT -> false;
        };
    }
}
