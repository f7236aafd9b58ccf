package org.chainatlas.project;

import java.time.LocalDate;

/**
 * A project as entered: the enterprise, the host locality (and park), the chain segment, the product, the
 * contracted amount in CNY, its stage at entry (LEAD, NEGOTIATING or SIGNED) and, when signed, the date.
 */
public record ProjectForm(String nameZh, Long enterpriseId, String hostRegionCode, Long parkId, String chainCode, Long nodeId,
        String productZh, Long contractedAmountCny, ProjectStage stage, LocalDate signedOn, Long serviceOfficerId) {
}
