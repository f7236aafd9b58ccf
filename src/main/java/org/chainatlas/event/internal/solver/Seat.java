package org.chainatlas.event.internal.solver;

/** One table in one slot: the value a meeting is assigned to. */
public record Seat(long id, Slot slot, long tableId, int tableNumber, int capacity) {

    public static long idOf(Slot slot, long tableId) {
        return slot.id() * 1_000_003L + tableId;
    }
}
