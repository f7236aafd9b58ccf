package org.chainatlas.event;

/** DRAFT: being prepared; OPEN: registration and requests open; CLOSED: requests closed; FINISHED. */
public enum EventStatus {
    DRAFT, OPEN, CLOSED, FINISHED
}
