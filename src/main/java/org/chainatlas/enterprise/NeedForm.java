package org.chainatlas.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * A need as entered: for EXPANSION the segment to build, investment (CNY), land (mu), annual electricity
 * (MWh), jobs, preferred provinces and the date it should start by; for SUPPLIERS / CUSTOMERS the segment and
 * the annual volume (CNY).
 */
public record NeedForm(NeedKind kind, Long nodeId, Long investmentCny, Double landMu, Double energyMwh, Integer jobs,
        List<String> preferredProvinces, LocalDate startBy, Long volumeCny, String descriptionZh, NeedStatus status) {

    public List<String> preferredProvincesOrEmpty() {
        return preferredProvinces == null ? List.of() : preferredProvinces;
    }
}
