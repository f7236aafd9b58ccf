package org.chainatlas.matching;

import java.util.List;

/** Ranked parks for a site query, with the weights and radius used and how many parks were considered. */
public record SiteRecommendation(long nodeId, String chainCode, String nodeNameZh, double radiusKm, Weights weights,
        int candidates, List<RankedSite> sites) {
}
