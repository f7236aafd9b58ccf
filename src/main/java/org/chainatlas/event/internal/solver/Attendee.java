package org.chainatlas.event.internal.solver;

import java.util.Set;

/**
 * A participant of a session as the solver sees it: who, which slots it cannot attend, and the table it keeps for
 * the whole session (its fixed booth), or null.
 */
public record Attendee(long id, Set<Long> unavailableSlots, Long booth) {

    public Attendee(long id, Set<Long> unavailableSlots) {
        this(id, unavailableSlots, null);
    }

    public boolean unavailableAt(Slot slot) {
        return unavailableSlots.contains(slot.id());
    }
}
