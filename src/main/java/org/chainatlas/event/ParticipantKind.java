package org.chainatlas.event;

/** Who takes part: an enterprise, a park, a government department, an industry association. */
public enum ParticipantKind {
    ENTERPRISE, PARK, GOVERNMENT, ASSOCIATION
}
