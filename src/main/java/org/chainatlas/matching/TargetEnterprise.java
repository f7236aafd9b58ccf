package org.chainatlas.matching;

import java.util.List;

import org.chainatlas.enterprise.EnterpriseTag;

/**
 * An enterprise that could fill a gap: it produces the segment elsewhere ({@code siteRegionCodes}: where, seat and
 * plants), its size (revenue and year where known), its score and the factors behind it.
 */
public record TargetEnterprise(long enterpriseId, String nameZh, String regionCode, double distanceKm, List<EnterpriseTag> tags,
        double score, List<FactorScore> factors, List<String> siteRegionCodes, Double revenueCny, Integer revenueYear,
        String stockCode) {
}
