package org.chainatlas.event.internal.solver;

import java.util.Set;

/** A participant of a session as the solver sees it: who, and which slots it cannot attend. */
public record Attendee(long id, Set<Long> unavailableSlots) {

    public boolean unavailableAt(Slot slot) {
        return unavailableSlots.contains(slot.id());
    }
}
