package org.chainatlas.enterprise;

import java.util.List;

/**
 * A region's presence in each segment of a chain: the number of enterprises with a facility in the region
 * operating in the segment, and the status that count gives under the stated thresholds.
 */
public record SegmentPresence(String chainCode, String regionCode, String regionNameZh, String regionNameEn,
        int presentAt, List<Segment> segments, int present, int weak, int missing) {

    public record Segment(String nodeCode, long enterprises, long nationalEnterprises, PresenceStatus status) {
    }
}
