package org.chainatlas.enterprise.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.chainatlas.enterprise.NeedForm;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.enterprise.NeedStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an enterprise is looking for: a site to expand to, suppliers, or customers. */
@Entity
@Table(name = "enterprise_need")
class EnterpriseNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedKind kind;
    @Column(name = "node_id", nullable = false)
    private Long nodeId;
    @Column(name = "investment_cny")
    private Long investmentCny;
    @Column(name = "land_mu")
    private BigDecimal landMu;
    @Column(name = "energy_mwh")
    private BigDecimal energyMwh;
    private Integer jobs;
    @Column(name = "preferred_provinces")
    private String preferredProvinces;
    @Column(name = "start_by")
    private LocalDate startBy;
    @Column(name = "volume_cny")
    private Long volumeCny;
    @Column(name = "description_zh")
    private String descriptionZh;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EnterpriseNeed() {
    }

    EnterpriseNeed(long enterpriseId) {
        this.enterpriseId = enterpriseId;
        this.createdAt = Instant.now();
        this.status = NeedStatus.OPEN;
    }

    void apply(NeedForm form) {
        kind = form.kind();
        nodeId = form.nodeId();
        investmentCny = form.investmentCny();
        landMu = form.landMu() == null ? null : BigDecimal.valueOf(form.landMu());
        energyMwh = form.energyMwh() == null ? null : BigDecimal.valueOf(form.energyMwh());
        jobs = form.jobs();
        preferredProvinces = form.preferredProvincesOrEmpty().isEmpty() ? null : String.join(";", form.preferredProvincesOrEmpty());
        startBy = form.startBy();
        volumeCny = form.volumeCny();
        descriptionZh = form.descriptionZh();
        if (form.status() != null) {
            status = form.status();
        }
        updatedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    Long enterpriseId() {
        return enterpriseId;
    }

    NeedKind kind() {
        return kind;
    }

    Long nodeId() {
        return nodeId;
    }

    Long investmentCny() {
        return investmentCny;
    }

    Double landMu() {
        return landMu == null ? null : landMu.doubleValue();
    }

    Double energyMwh() {
        return energyMwh == null ? null : energyMwh.doubleValue();
    }

    Integer jobs() {
        return jobs;
    }

    List<String> preferredProvinces() {
        return preferredProvinces == null ? List.of() : Arrays.asList(preferredProvinces.split(";"));
    }

    LocalDate startBy() {
        return startBy;
    }

    Long volumeCny() {
        return volumeCny;
    }

    String descriptionZh() {
        return descriptionZh;
    }

    NeedStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }
}
