package org.chainatlas.enterprise;

import java.util.List;

/** An enterprise producing in a segment near a point, with where and how far. */
public record NearbyEnterprise(long id, String nameZh, long nodeId, String regionCode, double longitude, double latitude,
        double distanceKm, List<EnterpriseTag> tags) {
}
