package org.chainatlas.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands. Forward only, one stage at a time except that a signed project may start
 * construction without a land certificate (rented or existing plant); any unfinished project may be cancelled.
 */
public enum ProjectStage {
    LEAD, NEGOTIATING, SIGNED, LAND_SECURED, CONSTRUCTION_STARTED, PRODUCING, FULL_CAPACITY, CANCELLED;

    public Set<ProjectStage> next() {
        return switch (this) {
            case LEAD -> EnumSet.of(NEGOTIATING, SIGNED, CANCELLED);
            case NEGOTIATING -> EnumSet.of(SIGNED, CANCELLED);
            case SIGNED -> EnumSet.of(LAND_SECURED, CONSTRUCTION_STARTED, CANCELLED);
            case LAND_SECURED -> EnumSet.of(CONSTRUCTION_STARTED, CANCELLED);
            case CONSTRUCTION_STARTED -> EnumSet.of(PRODUCING, CANCELLED);
            case PRODUCING -> EnumSet.of(FULL_CAPACITY, CANCELLED);
            case FULL_CAPACITY, CANCELLED -> EnumSet.noneOf(ProjectStage.class);
        };
    }

    /** Signed or further along (not cancelled). */
    public boolean signed() {
        return this != CANCELLED && ordinal() >= SIGNED.ordinal();
    }

    /** Construction started or further along (not cancelled). */
    public boolean started() {
        return this != CANCELLED && ordinal() >= CONSTRUCTION_STARTED.ordinal();
    }

    /** Producing or at full capacity. */
    public boolean producing() {
        return this == PRODUCING || this == FULL_CAPACITY;
    }

    /** The evidence a move into this stage needs (none for the early stages and cancelling). */
    public Set<EvidenceKind> evidenceNeeded() {
        return switch (this) {
            case SIGNED -> EnumSet.of(EvidenceKind.CONTRACT);
            case LAND_SECURED -> EnumSet.of(EvidenceKind.LAND_CERTIFICATE);
            case CONSTRUCTION_STARTED -> EnumSet.of(EvidenceKind.CONSTRUCTION_PERMIT, EvidenceKind.SITE_PHOTO);
            case PRODUCING, FULL_CAPACITY -> EnumSet.of(EvidenceKind.SITE_PHOTO, EvidenceKind.OTHER);
            default -> EnumSet.noneOf(EvidenceKind.class);
        };
    }
}
