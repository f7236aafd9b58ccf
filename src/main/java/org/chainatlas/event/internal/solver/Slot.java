package org.chainatlas.event.internal.solver;

/** A time slot of a session, by position (0, 1, 2, … through the day). */
public record Slot(long id, int position) {
}
