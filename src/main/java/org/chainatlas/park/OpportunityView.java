package org.chainatlas.park;

import java.time.Instant;

import org.chainatlas.platform.web.Localized;

/** A key project as listed, with its park's name, kind, region and available land. */
public record OpportunityView(long id, long parkId, String parkNameZh, ParkKind parkKind, String regionCode,
        Double parkAvailableLandMu, String titleZh, String titleEn, long nodeId, String chainCode, String nodeNameZh,
        Long investmentSoughtCny, Double landMu, CooperationMode cooperationMode, String descriptionZh,
        OpportunityStatus status, boolean demo, Instant lastVerifiedAt, boolean stale, Instant createdAt,
        Instant updatedAt, long version) {

    public String title() {
        return Localized.pick(titleZh, titleEn);
    }
}
