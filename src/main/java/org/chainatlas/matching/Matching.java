package org.chainatlas.matching;

import java.util.List;

/** The matching engine as pages, the API and other modules (events: suggested partners) use it. */
public interface Matching {

    SiteRecommendation sites(SiteQuery query);

    /** Sites for a stored expansion need (the viewer must be allowed to see the need). */
    SiteRecommendation sitesForNeed(long needId, Double radiusKm, Weights weights, boolean otherProvinces);

    GapAnalysis gaps(String regionCode, String chainCode, int targetsPerGap);

    /** Suppliers (for a SUPPLIERS need) or customers (for a CUSTOMERS need) within the radius. */
    PartnerResult partnersForNeed(long needId, Double radiusKm, int limit);

    /** Enterprises an enterprise could meet: suppliers of what it buys and buyers of what it produces, nearest and best first. */
    List<PartnerMatch> suggestedPartners(long enterpriseId, int limit);
}
