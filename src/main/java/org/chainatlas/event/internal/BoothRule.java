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
