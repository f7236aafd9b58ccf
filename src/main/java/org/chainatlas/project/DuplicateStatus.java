package org.chainatlas.project;

/**
 * A signing that looks like an earlier one is FLAGGED and not counted until an organiser decides: CONFIRMED as a
 * duplicate (never counted) or CLEARED (a distinct project, counted).
 */
public enum DuplicateStatus {
    NONE, FLAGGED, CONFIRMED, CLEARED
}
