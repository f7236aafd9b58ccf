package org.chainatlas.enterprise.internal;

import org.chainatlas.enterprise.SegmentRole;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An enterprise operates in a chain segment at a place (optionally one of its facilities), as producer or buyer. */
@Entity
@Table(name = "enterprise_segment")
class EnterpriseSegment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;
    @Column(name = "enterprise_id", insertable = false, updatable = false)
    private Long enterpriseId;
    @Column(name = "node_id", nullable = false)
    private Long nodeId;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(nullable = false)
    private String role;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    private EnterpriseFacility facility;
    @Column(nullable = false)
    private double confidence = 1;
    private String evidence;

    protected EnterpriseSegment() {
    }

    EnterpriseSegment(Enterprise enterprise, long nodeId, String regionCode, SegmentRole role, EnterpriseFacility facility) {
        this.enterprise = enterprise;
        this.nodeId = nodeId;
        this.regionCode = regionCode;
        this.role = role.name();
        this.facility = facility;
    }

    /** Identity within its enterprise: segment, place and role. */
    String key() {
        return nodeId + "|" + regionCode + "|" + role;
    }

    void atFacility(EnterpriseFacility facility) {
        this.facility = facility;
    }

    EnterpriseFacility facility() {
        return facility;
    }

    Long nodeId() {
        return nodeId;
    }

    String regionCode() {
        return regionCode;
    }

    SegmentRole role() {
        return SegmentRole.valueOf(role);
    }

    double confidence() {
        return confidence;
    }

    String evidence() {
        return evidence;
    }
}
