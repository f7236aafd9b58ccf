package org.chainatlas.matching;

import java.util.List;

/**
 * A request for places to build. What is to be made: a segment ({@code nodeId}), or, for an industry outside the
 * atlas's chains, a product or industry text ({@code industryText}, matched against the zones' leading industries).
 * The enterprise asking: {@code enterpriseId} (left out of every count: it is not its own supplier, customer or
 * cluster; its seat and plants set the proximity factor unless a home region is given), and {@code homeRegionCode}
 * (where it is based; when given, proximity is measured from there alone); its anchor customers' plants
 * ({@code anchorCustomerIds}). The project: investment, land, energy. Preferred provinces (only these are ranked
 * unless {@code otherProvinces}), the supply radius (km; null: the chain's), the weights and how many to return.
 */
public record SiteQuery(Long nodeId, String industryText, Long investmentCny, Double landMu, Double energyMwh,
        List<String> provinces, boolean otherProvinces, Double radiusKm, Weights weights, Long enterpriseId,
        String homeRegionCode, List<Long> anchorCustomerIds, int limit) {

    /** The largest supply radius a query may ask for, in km. */
    public static final double MAX_RADIUS_KM = 2000;

    /** A query for a segment with the default weights and nothing else known. */
    public static SiteQuery forSegment(long nodeId, int limit) {
        return new SiteQuery(nodeId, null, null, null, null, null, false, null, Weights.DEFAULT, null, null, null, limit);
    }

    public List<String> provincesOrEmpty() {
        return provinces == null ? List.of() : provinces;
    }

    public List<Long> anchorsOrEmpty() {
        return anchorCustomerIds == null ? List.of() : anchorCustomerIds;
    }

    public SiteQuery withWeights(Weights w) {
        return new SiteQuery(nodeId, industryText, investmentCny, landMu, energyMwh, provinces, otherProvinces, radiusKm, w,
                enterpriseId, homeRegionCode, anchorCustomerIds, limit);
    }

    public SiteQuery withLimit(int n) {
        return new SiteQuery(nodeId, industryText, investmentCny, landMu, energyMwh, provinces, otherProvinces, radiusKm, weights,
                enterpriseId, homeRegionCode, anchorCustomerIds, n);
    }
}
