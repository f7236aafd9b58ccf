package org.chainatlas.enterprise.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enterprise's request to join, waiting for an organiser of its region to verify or reject it. */
@Entity
@Table(name = "enterprise_registration")
class EnterpriseRegistration {

    enum Status { PENDING, VERIFIED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "hq_region_code", nullable = false)
    private String hqRegionCode;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(nullable = false)
    private String uscc;
    @Column(name = "form_json", nullable = false)
    private String formJson;
    @Column(nullable = false)
    private String status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String reason;
    @Column(name = "enterprise_id")
    private Long enterpriseId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EnterpriseRegistration() {
    }

    EnterpriseRegistration(long userId, String hqRegionCode, String nameZh, String uscc, String formJson) {
        this.userId = userId;
        this.hqRegionCode = hqRegionCode;
        this.nameZh = nameZh;
        this.uscc = uscc;
        this.formJson = formJson;
        this.status = Status.PENDING.name();
        this.createdAt = Instant.now();
    }

    void verified(String by, long enterpriseId) {
        this.status = Status.VERIFIED.name();
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.enterpriseId = enterpriseId;
    }

    void rejected(String by, String reason) {
        this.status = Status.REJECTED.name();
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.reason = reason;
    }

    Long id() { return id; }
    long userId() { return userId; }
    String hqRegionCode() { return hqRegionCode; }
    String nameZh() { return nameZh; }
    String uscc() { return uscc; }
    String formJson() { return formJson; }
    Status status() { return Status.valueOf(status); }
    Instant createdAt() { return createdAt; }
    String reason() { return reason; }
    Long enterpriseId() { return enterpriseId; }
}
