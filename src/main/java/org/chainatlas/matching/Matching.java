package org.chainatlas.matching;

import java.util.List;
import java.util.Map;

/** The matching engine as pages, the API and other modules (events: suggested partners) use it. */
public interface Matching {

    SiteRecommendation sites(SiteQuery query);

    /** Sites for a stored expansion need (the viewer must be allowed to see the need). */
    SiteRecommendation sitesForNeed(long needId, Double radiusKm, Weights weights, boolean otherProvinces);

    GapAnalysis gaps(String regionCode, String chainCode, int targetsPerGap);

    /** Each segment of a chain in a province or city: present, weak or missing on real evidence (one rule, see the record). */
    SegmentPresence presence(String chainCode, String regionCode);

    /**
     * How many distinct enterprises produce a segment in each city (prefecture-level region, municipalities whole), the
     * given enterprise left out: the plain cluster-size view, used as a baseline for site recommendation.
     */
    Map<String, Integer> producersByCity(long nodeId, Long exclude);

    /** The enterprises, zones and key projects behind one segment's verdict in a region. */
    SegmentEvidence evidence(String chainCode, String nodeCode, String regionCode);

    /** Suppliers (for a SUPPLIERS need) or customers (for a CUSTOMERS need) within the radius. */
    PartnerResult partnersForNeed(long needId, Double radiusKm, int limit);

    /** Enterprises an enterprise could meet: suppliers of what it buys and buyers of what it produces, nearest and best first. */
    List<PartnerMatch> suggestedPartners(long enterpriseId, int limit);
}
