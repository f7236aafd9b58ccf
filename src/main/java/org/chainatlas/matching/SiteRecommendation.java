package org.chainatlas.matching;

import java.util.List;

/**
 * Ranked zones for a site query, with what was asked (segment or industry text), the weights and radius used, how many
 * zones were considered, and the data the factors rest on with its date.
 */
public record SiteRecommendation(Long nodeId, String chainCode, String nodeNameZh, String industryText, double radiusKm,
        Weights weights, int candidates, List<RankedSite> sites, List<String> sources) {
}
