package org.chainatlas.enterprise;

/**
 * One row of the registry for in-memory indexes: an enterprise working in a segment at a point (its facility's
 * coordinates, or its region's reference point), with its tags as a bit mask.
 */
public record LocatedSegment(long enterpriseId, long nodeId, SegmentRole role, String regionCode, double longitude,
        double latitude, int tags) {
}
