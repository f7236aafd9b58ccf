package org.chainatlas.event.internal;

import java.util.Objects;

/**
 * Where a meeting may sit once booths are given: a booth table only receives meetings of its owner, and a meeting
 * of a booth owner sits at its booth (or at its partner's, when both keep one). The same rule the optimiser's hard
 * constraint, first-come booking and the booth assignment use.
 */
public final class BoothRule {

    private BoothRule() {
    }

    /** The table each participant keeps as its booth, from a session's tables. */
    static java.util.Map<Long, Long> boothsOf(java.util.List<MeetingTable> tables) {
        java.util.Map<Long, Long> booths = new java.util.HashMap<>();
        tables.stream().filter(t -> t.boothParticipantId() != null).forEach(t -> booths.put(t.boothParticipantId(), t.id()));
        return booths;
    }

    /**
     * @param boothOfA  table kept by participant A, or null
     * @param boothOfB  table kept by participant B, or null
     * @param ownerOfTable participant keeping the table, or null
     */
    public static boolean allows(long a, Long boothOfA, long b, Long boothOfB, long tableId, Long ownerOfTable) {
        if (ownerOfTable != null && ownerOfTable != a && ownerOfTable != b) {
            return false;
        }
        if (boothOfA == null && boothOfB == null) {
            return true;
        }
        return Objects.equals(boothOfA, tableId) || Objects.equals(boothOfB, tableId);
    }
}
