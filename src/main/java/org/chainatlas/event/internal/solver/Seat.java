package org.chainatlas.event.internal.solver;

/** One table in one slot: the value a meeting is assigned to; {@code boothOf} is the participant keeping the table. */
public record Seat(long id, Slot slot, long tableId, int tableNumber, int capacity, Long boothOf) {

    public Seat(long id, Slot slot, long tableId, int tableNumber, int capacity) {
        this(id, slot, tableId, tableNumber, capacity, null);
    }

    public static long idOf(Slot slot, long tableId) {
        return slot.id() * 1_000_003L + tableId;
    }
}
