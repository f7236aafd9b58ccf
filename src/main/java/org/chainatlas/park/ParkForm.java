package org.chainatlas.park;

import java.util.List;

/**
 * A park as entered. Land in mu (亩); factor costs in their customary units: industrial land price in CNY per
 * mu, electricity in CNY per kWh, water in CNY per tonne, gas in CNY per m³, average wage in CNY per month.
 * Coordinates are optional (the city's reference point is used, marked approximate).
 */
public record ParkForm(String nameZh, String nameEn, ParkKind kind, String regionCode, Double longitude, Double latitude,
        Double plannedLandMu, Double availableLandMu, Integer landPriceCnyPerMu, Double electricityCnyPerKwh,
        Double waterCnyPerT, Double gasCnyPerM3, Integer wageCnyPerMonth, String policiesZh, Long coBuiltWithId,
        String coBuiltNote, String contactName, String contactPhone, String contactEmail, List<String> chainCodes,
        List<Long> nodeIds) {

    public List<String> chainCodesOrEmpty() {
        return chainCodes == null ? List.of() : chainCodes;
    }

    public List<Long> nodeIdsOrEmpty() {
        return nodeIds == null ? List.of() : nodeIds;
    }
}
