package org.chainatlas.matching;

import java.util.List;

/** A park ranked for a site query, with its score (0–100) and each factor's contribution. */
public record RankedSite(int rank, long parkId, String parkNameZh, String regionCode, double longitude, double latitude,
        double score, List<FactorScore> factors) {
}
