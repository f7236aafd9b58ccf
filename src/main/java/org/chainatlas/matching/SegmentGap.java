package org.chainatlas.matching;

/**
 * One segment of a chain in a locality: local producers, the median among comparable localities, and the gap
 * that gives.
 */
public record SegmentGap(long nodeId, String nodeCode, String nodeNameZh, String stage, int local, double comparableMedian,
        GapKind gap) {
}
