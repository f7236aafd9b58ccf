package org.chainatlas.matching;

import java.util.List;

/**
 * A zone ranked for a site query, with its score (0–100), each factor's contribution, whether its location is exact
 * (checked against the census boundaries) and its level and catalogue code when it is in the 2018 catalogue.
 */
public record RankedSite(int rank, long parkId, String parkNameZh, String regionCode, double longitude, double latitude,
        double score, List<FactorScore> factors, boolean exactLocation, boolean national, String catalogueCode) {

    public FactorScore factor(SiteFactor f) {
        return factors.stream().filter(x -> x.factor().equals(f.key())).findFirst().orElse(null);
    }
}
