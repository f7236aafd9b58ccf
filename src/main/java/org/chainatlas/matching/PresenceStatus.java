package org.chainatlas.matching;

/** How strongly a chain segment is present in a region, by the rule of {@link SegmentPresence}. */
public enum PresenceStatus {
    PRESENT, WEAK, MISSING
}
