package org.chainatlas.enterprise.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A plant, R&D centre or office of an enterprise: a region and, when known, exact coordinates. */
@Entity
@Table(name = "enterprise_facility")
class EnterpriseFacility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    private Double longitude;
    private Double latitude;
    @Column(nullable = false)
    private String source = "ENTERED";
    private String evidence;

    protected EnterpriseFacility() {
    }

    EnterpriseFacility(Enterprise enterprise, String nameZh, String regionCode, Double longitude, Double latitude) {
        this.enterprise = enterprise;
        this.nameZh = nameZh;
        this.regionCode = regionCode;
        this.longitude = longitude;
        this.latitude = latitude;
    }

    Long id() {
        return id;
    }

    String nameZh() {
        return nameZh;
    }

    String regionCode() {
        return regionCode;
    }

    Double longitude() {
        return longitude;
    }

    Double latitude() {
        return latitude;
    }

    String source() {
        return source;
    }

    String evidence() {
        return evidence;
    }
}
