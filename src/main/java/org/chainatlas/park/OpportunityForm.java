package org.chainatlas.park;

/** A key project seeking investment, as entered: investment sought in CNY, land in mu. */
public record OpportunityForm(Long parkId, String titleZh, String titleEn, Long nodeId, Long investmentSoughtCny,
        Double landMu, CooperationMode cooperationMode, String descriptionZh, OpportunityStatus status) {
}
