package org.chainatlas.park;

import java.util.List;

/**
 * Filters and order of an opportunity list (一链一清单 when {@code chainCode} is set, a locality's list when
 * {@code regionCode} is). Stale entries (not verified for 180 days) always rank after fresh ones.
 */
public record OpportunityFilter(String regionCode, String chainCode, Long nodeId, ParkKind parkKind,
        Double minAvailableLandMu, Long minInvestmentCny, Long maxInvestmentCny, List<OpportunityStatus> statuses,
        Sort sort, int page, int size) {

    public enum Sort {
        /** Recently verified first. */
        VERIFIED,
        INVESTMENT_DESC,
        INVESTMENT_ASC,
        LAND_DESC,
        NEWEST
    }
}
