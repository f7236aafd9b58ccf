package org.chainatlas.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands: a target enterprise (目标企业), contacted (已接触: a visit or call is logged), negotiating
 * (在谈), signed (签约: the project pipeline takes over), or dropped (放弃, with a reason; it may be taken up again).
 */
public enum LeadStage {
    TARGET, CONTACTED, NEGOTIATING, SIGNED, DROPPED;

    /** The stages a lead in this one may move to. Signed is final: from then on it is a project. */
    public Set<LeadStage> next() {
        return switch (this) {
            case TARGET -> EnumSet.of(CONTACTED, DROPPED);
            case CONTACTED -> EnumSet.of(NEGOTIATING, SIGNED, DROPPED);
            case NEGOTIATING -> EnumSet.of(SIGNED, DROPPED);
            case DROPPED -> EnumSet.of(TARGET);
            case SIGNED -> EnumSet.noneOf(LeadStage.class);
        };
    }

    /** The stages of the funnel, in order (dropped leads are not part of it). */
    public static final java.util.List<LeadStage> FUNNEL = java.util.List.of(TARGET, CONTACTED, NEGOTIATING, SIGNED);

    /** This stage or further along the funnel (not dropped). */
    public boolean reached(LeadStage step) {
        return this != DROPPED && ordinal() >= step.ordinal();
    }
}
