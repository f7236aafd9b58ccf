package org.chainatlas.enterprise;

import java.util.List;

/**
 * An enterprise as entered in a form or sent to the API. Checked whole before anything is stored; every
 * problem is reported with its field path (e.g. {@code segments[1].nodeId}).
 */
public record EnterpriseForm(String nameZh, String nameEn, String uscc, String hqRegionCode, List<EnterpriseTag> tags,
        RevenueBand revenueBand, Integer employees, String descriptionZh, String contactName, String contactPhone,
        String contactEmail, List<FacilityForm> facilities, List<SegmentForm> segments) {

    /** A plant, R&D centre or office: a region and, when known, its coordinates. */
    public record FacilityForm(String nameZh, String regionCode, Double longitude, Double latitude) {
    }

    /** A chain segment the enterprise works in at a place (the HQ region when none is given). */
    public record SegmentForm(Long nodeId, String regionCode, SegmentRole role) {
    }

    public List<FacilityForm> facilitiesOrEmpty() {
        return facilities == null ? List.of() : facilities;
    }

    public List<SegmentForm> segmentsOrEmpty() {
        return segments == null ? List.of() : segments;
    }
}
