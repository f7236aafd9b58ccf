package org.chainatlas.matching;

/**
 * One segment of a chain in a locality: its evidence (producing enterprises and zones, see {@link SegmentPresence}), the
 * median evidence of the peer localities that really host the chain, the presence status by the shared rule and the
 * gap that gives (补链 / 强链 / 延链).
 */
public record SegmentGap(long nodeId, String nodeCode, String nodeNameZh, String stage, int enterprises, int zones,
        double evidence, double peerMedian, PresenceStatus status, GapKind gap) {
}
