package org.chainatlas.lead;

/** How the enterprise was met: a visit to it (上门拜访), a call, hosting it (来访考察), at an event, other. */
public enum VisitKind {
    VISIT, CALL, HOSTED, EVENT, OTHER
}
