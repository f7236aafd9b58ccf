package org.chainatlas.enterprise;

/**
 * One row of the registry for in-memory indexes: an enterprise working in a segment at a point (its facility's
 * coordinates, or its region's reference point), with its tags as a bit mask and its weight in counts: its size
 * ({@link EnterpriseSize}) × how sure the segment is (1 when entered, the classifier's confidence when read from
 * its texts).
 */
public record LocatedSegment(long enterpriseId, long nodeId, SegmentRole role, String regionCode, double longitude,
        double latitude, int tags, double weight) {
}
