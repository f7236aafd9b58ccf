package org.chainatlas.matching;

import java.util.List;

/**
 * A region's presence in each segment of a chain, on real evidence. Evidence = Σ over the enterprises that produce the
 * segment in the region (at their seat or a plant; each enterprise once, at its heaviest site; a company delisted from
 * the exchanges is none) of size weight ×
 * classification confidence, plus Σ over the region's zones whose leading industries name the segment of the match's
 * confidence (a zone counts like one enterprise of 100 million CNY revenue). The one rule, shared by the chain map and
 * gap analysis: PRESENT when the evidence reaches {@code presentAt} (2 for a city, 3 for a province), WEAK when there is
 * some, MISSING when there is none. {@code chainZones}: zones whose leading industries name the chain as a whole.
 */
public record SegmentPresence(String chainCode, String regionCode, String regionNameZh, String regionNameEn, double presentAt,
        List<Segment> segments, int present, int weak, int missing, int chainZones, List<String> sources) {

    public record Segment(long nodeId, String nodeCode, int enterprises, double enterpriseEvidence, int zones,
            double zoneEvidence, double evidence, PresenceStatus status) {
    }

    public static final double CITY_PRESENT_AT = 2;
    public static final double PROVINCE_PRESENT_AT = 3;

    /** The same, its sources in the current reader's language. */
    public SegmentPresence localized() {
        return new SegmentPresence(chainCode, regionCode, regionNameZh, regionNameEn, presentAt, segments, present, weak, missing,
                chainZones, Sources.say(sources));
    }

    /** The status that evidence gives. */
    public static PresenceStatus classify(double evidence, double presentAt) {
        if (evidence <= 0) {
            return PresenceStatus.MISSING;
        }
        return evidence >= presentAt ? PresenceStatus.PRESENT : PresenceStatus.WEAK;
    }
}
