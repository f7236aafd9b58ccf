package org.chainatlas.matching;

import java.util.List;

/** Suppliers or customers for a need around its enterprise's location. */
public record PartnerResult(long needId, String kind, long nodeId, String nodeNameZh, double originLongitude,
        double originLatitude, double radiusKm, List<PartnerMatch> partners) {
}
