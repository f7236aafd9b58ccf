package org.chainatlas.enterprise;

/** How an enterprise takes part in a chain segment: it produces in it, or it buys its output. */
public enum SegmentRole {
    PRODUCES, BUYS
}
