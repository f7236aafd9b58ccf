package org.chainatlas.matching;

import java.util.List;

/**
 * Ranked zones for a site query, with what was asked (segment or industry text), the weights and radius used, how many
 * zones were considered, and the data the factors rest on with its date.
 */
public record SiteRecommendation(Long nodeId, String chainCode, String nodeNameZh, String industryText, double radiusKm,
        Weights weights, int candidates, List<RankedSite> sites, List<String> sources) {

    /**
     * How many zones to rank to fill {@code shown} sites with at most {@code perCity} of one city: ten times as many (a
     * city such as 重庆 holds some forty zones), or just {@code shown} without a cap.
     */
    public static int candidatesToRank(int perCity, int shown) {
        return perCity > 0 ? Math.min(5000, shown * 10) : shown;
    }

    /**
     * The first {@code shown} sites with at most {@code perCity} of one city (0: no cap); each keeps its rank among all
     * zones, so a gap in the ranks shows where parks of a city already listed were left out.
     */
    public SiteRecommendation atMostPerCity(int perCity, int shown) {
        if (perCity <= 0) {
            return sites.size() <= shown ? this : withSites(sites.subList(0, shown));
        }
        java.util.Map<String, Integer> perRegion = new java.util.HashMap<>();
        return withSites(sites.stream().filter(s -> perRegion.merge(s.regionCode(), 1, Integer::sum) <= perCity).limit(shown).toList());
    }

    /**
     * A product or industry text that maps to no segment and that no ranked zone's leading industries come near: the
     * ranking then rests on factors that do not concern the industry (transfer region, level, labour) and recommends
     * nothing about it.
     */
    public boolean industryUnmatched() {
        return nodeId == null && industryText != null && sites.stream().allMatch(s -> {
            FactorScore fit = s.factor(SiteFactor.FIT);
            return fit == null || fit.value() == 0;
        });
    }

    private SiteRecommendation withSites(List<RankedSite> kept) {
        return new SiteRecommendation(nodeId, chainCode, nodeNameZh, industryText, radiusKm, weights, candidates, List.copyOf(kept),
                sources);
    }
}
