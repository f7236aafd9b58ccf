package org.chainatlas.matching;

import java.util.List;

/**
 * A request for places to build: the segment to produce, size of the project, preferred provinces (only these
 * are ranked unless {@code otherProvinces}), the supply radius (km; null: the chain's) and the factor weights.
 * {@code enterpriseId}, when set, is left out of its own supplier and customer counts.
 */
public record SiteQuery(long nodeId, Long investmentCny, Double landMu, Double energyMwh, List<String> provinces,
        boolean otherProvinces, Double radiusKm, Weights weights, Long enterpriseId, int limit) {

    public List<String> provincesOrEmpty() {
        return provinces == null ? List.of() : provinces;
    }
}
