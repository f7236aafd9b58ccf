package org.chainatlas.enterprise;

/** How strongly a chain segment is present in a region. */
public enum PresenceStatus {
    PRESENT, WEAK, MISSING
}
