package org.chainatlas.matching;

/**
 * One segment of a chain in a locality: its evidence (producing enterprises and zones, see {@link SegmentPresence}), the
 * median evidence of the peer localities that really host the chain, the presence status by the shared rule and the
 * gap that gives (补链 / 强链 / 延链).
 */
public record SegmentGap(long nodeId, String nodeCode, String nodeNameZh, String stage, int enterprises, int zones,
        double evidence, double peerMedian, PresenceStatus status, GapKind gap) {

    /**
     * The message key of the gap as a page says it: a segment present by the shared rule (已具备 on the chain map) but
     * under half the peers' median is 强链 for being below its peers, never "weak", which the chain map would contradict.
     */
    public String gapKey() {
        return "match.gap." + (belowPeersOnly() ? "WEAK_PEERS" : gap.name());
    }

    /** 强链 although present by the shared rule: only its evidence is under half the peers' median. */
    public boolean belowPeersOnly() {
        return gap == GapKind.WEAK && status == PresenceStatus.PRESENT;
    }
}
