package org.chainatlas.matching;

import java.util.List;

import org.chainatlas.enterprise.EnterpriseTag;

/** A supplier or customer for a need, within the radius, with its score and reasons. */
public record PartnerMatch(int rank, long enterpriseId, String nameZh, long nodeId, String nodeNameZh, String relation,
        String regionCode, double longitude, double latitude, double distanceKm, List<EnterpriseTag> tags, double score,
        List<FactorScore> factors) {
}
