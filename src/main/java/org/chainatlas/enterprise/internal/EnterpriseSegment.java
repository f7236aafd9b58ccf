package org.chainatlas.enterprise.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enterprise operates in a chain segment at a place, as producer or buyer. */
@Entity
@Table(name = "enterprise_segment")
class EnterpriseSegment {

    enum Role { PRODUCES, BUYS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;
    @Column(name = "node_id", nullable = false)
    private Long nodeId;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Column(nullable = false)
    private String role;

    protected EnterpriseSegment() {
    }
}
