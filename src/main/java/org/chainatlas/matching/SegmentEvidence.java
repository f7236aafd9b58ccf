package org.chainatlas.matching;

import java.util.List;

import org.chainatlas.park.OpportunityView;

/**
 * What stands behind a segment's presence verdict in a region: the enterprises producing it there (each at its
 * heaviest site, with its weight = size × classification confidence), the zones whose leading industries name it, and
 * the key projects (opportunities) published in it.
 */
public record SegmentEvidence(String chainCode, String nodeCode, String nodeNameZh, String nodeNameEn, String regionCode,
        SegmentPresence.Segment segment, double presentAt, List<Producer> producers, List<Zone> zones,
        List<OpportunityView> opportunities, List<String> sources) {

    /** The same, its sources in the current reader's language. */
    public SegmentEvidence localized() {
        return new SegmentEvidence(chainCode, nodeCode, nodeNameZh, nodeNameEn, regionCode, segment, presentAt, producers, zones,
                opportunities, Sources.say(sources));
    }

    public record Producer(long enterpriseId, String nameZh, String siteRegionCode, double weight, Double revenueCny,
            Integer revenueYear, String stockCode) {
    }

    public record Zone(long parkId, String nameZh, String regionCode, String phrase, double confidence, String catalogueCode) {
    }
}
