package org.chainatlas.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record NeedView(long id, long enterpriseId, NeedKind kind, long nodeId, String chainCode, String nodeCode,
        String nodeNameZh, Long investmentCny, Double landMu, Double energyMwh, Integer jobs,
        List<String> preferredProvinces, LocalDate startBy, Long volumeCny, String descriptionZh, NeedStatus status,
        Instant createdAt) {
}
