package org.chainatlas.enterprise;

import java.util.List;

/**
 * The enterprises of a region as its page shows them: how many are seated there, and how many seated elsewhere have a
 * production base there (宁德时代 in 宜宾), each with the largest by latest revenue first.
 */
public record RegionEnterprises(long seated, List<EnterpriseBrief> largestSeated, long producingFromElsewhere,
        List<EnterpriseBrief> largestProducingFromElsewhere) {
}
