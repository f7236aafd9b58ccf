package org.chainatlas.matching;

import java.util.List;

import org.chainatlas.park.OpportunityView;

/**
 * What stands behind a segment's presence verdict in a region: the enterprises producing it there (each at its
 * heaviest site, with its weight = size × classification confidence), the zones whose leading industries name it, and
 * the key projects (opportunities) localities published in it. Demo projects (invented for the demo, titled （演示）) are not
 * listed: {@code demoOpportunities} says how many the opportunity list holds there.
 */
public record SegmentEvidence(String chainCode, String nodeCode, String nodeNameZh, String nodeNameEn, String regionCode,
        SegmentPresence.Segment segment, double presentAt, List<Producer> producers, List<Zone> zones,
        List<OpportunityView> opportunities, int demoOpportunities, List<String> sources) {

    /** The same, its sources in the current reader's language. */
    public SegmentEvidence localized() {
        org.chainatlas.platform.web.Formats fmt = new org.chainatlas.platform.web.Formats();
        return new SegmentEvidence(chainCode, nodeCode, nodeNameZh, nodeNameEn, regionCode, segment, presentAt,
                producers.stream().map(p -> p.withEvidence(fmt.evidence(p.evidence()))).toList(), zones, opportunities,
                demoOpportunities, Sources.say(sources));
    }

    /** An enterprise producing the segment, at its heaviest site, with why it is filed so there ({@code evidence}). */
    public record Producer(long enterpriseId, String nameZh, String siteRegionCode, double weight, Double revenueCny,
            Integer revenueYear, String stockCode, String evidence) {

        Producer withEvidence(String text) {
            return new Producer(enterpriseId, nameZh, siteRegionCode, weight, revenueCny, revenueYear, stockCode, text);
        }
    }

    public record Zone(long parkId, String nameZh, String regionCode, String phrase, double confidence, String catalogueCode) {
    }
}
