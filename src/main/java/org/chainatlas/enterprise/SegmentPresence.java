package org.chainatlas.enterprise;

import java.util.List;

/**
 * A region's presence in each segment of a chain: the number of enterprises producing in the segment in the
 * region, the number the region would have if it held its national share of producers ({@code expected}:
 * national count × the region's share of all producing enterprises), and the status that gives. A segment is
 * PRESENT when at least {@code presentAt} enterprises produce in it and no fewer than expected (location
 * quotient ≥ 1), WEAK when some do, MISSING when none do.
 */
public record SegmentPresence(String chainCode, String regionCode, String regionNameZh, String regionNameEn,
        int presentAt, double regionShare, List<Segment> segments, int present, int weak, int missing) {

    public record Segment(String nodeCode, long enterprises, long nationalEnterprises, double expected,
            PresenceStatus status) {
    }

    /** The status of a segment with {@code local} producers where {@code expected} would be the national average. */
    public static PresenceStatus classify(long local, double expected, int presentAt) {
        if (local == 0) {
            return PresenceStatus.MISSING;
        }
        return local >= presentAt && local >= expected ? PresenceStatus.PRESENT : PresenceStatus.WEAK;
    }
}
