package org.chainatlas.event;

/** What came of a meeting, as each side records it. */
public enum Outcome {
    NO_INTEREST, FOLLOW_UP, INTENT, SIGNED
}
