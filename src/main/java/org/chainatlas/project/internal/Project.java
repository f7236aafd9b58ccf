package org.chainatlas.project.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.chainatlas.project.DuplicateStatus;
import org.chainatlas.project.ProjectStage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A project in the pipeline; its stage moves only through {@link #move}, each move dated. */
@Entity
@Table(name = "project")
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "enterprise_id", nullable = false)
    private long enterpriseId;
    @Column(name = "enterprise_uscc")
    private String enterpriseUscc;
    @Column(name = "host_region_code", nullable = false)
    private String hostRegionCode;
    /** Where the enterprise comes from (企业来源地): its registered seat when the project was entered. */
    @Column(name = "origin_region_code")
    private String originRegionCode;
    @Column(name = "park_id")
    private Long parkId;
    @Column(name = "chain_code")
    private String chainCode;
    @Column(name = "node_id")
    private Long nodeId;
    @Column(name = "product_zh")
    private String productZh;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "contracted_amount_cny", nullable = false)
    private long contractedAmountCny;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStage stage;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Column(name = "land_secured_on")
    private LocalDate landSecuredOn;
    @Column(name = "construction_started_on")
    private LocalDate constructionStartedOn;
    @Column(name = "producing_on")
    private LocalDate producingOn;
    @Column(name = "full_capacity_on")
    private LocalDate fullCapacityOn;
    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "funds_in_place_cny", nullable = false)
    private long fundsInPlaceCny;
    @Column(name = "annual_output_cny")
    private Long annualOutputCny;
    @Column(name = "annual_tax_cny")
    private Long annualTaxCny;
    private Integer jobs;
    @Column(name = "service_officer_id")
    private Long serviceOfficerId;
    @Column(name = "duplicate_of")
    private Long duplicateOf;
    @Enumerated(EnumType.STRING)
    @Column(name = "duplicate_status", nullable = false)
    private DuplicateStatus duplicateStatus = DuplicateStatus.NONE;
    private boolean counted = true;
    private boolean demo;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Project() {
    }

    Project(String nameZh, long enterpriseId, String enterpriseUscc, String hostRegionCode, Long parkId, String chainCode,
            Long nodeId, String productZh, long contractedAmountCny, ProjectStage stage, LocalDate signedOn, String createdBy,
            boolean demo) {
        this.nameZh = nameZh;
        this.enterpriseId = enterpriseId;
        this.enterpriseUscc = enterpriseUscc;
        this.hostRegionCode = hostRegionCode;
        this.parkId = parkId;
        this.chainCode = chainCode;
        this.nodeId = nodeId;
        this.productZh = productZh;
        this.contractedAmountCny = contractedAmountCny;
        this.stage = stage;
        this.signedOn = stage.signed() ? signedOn : null;
        this.createdBy = createdBy;
        this.demo = demo;
        this.createdAt = Instant.now();
    }

    void signedAt(Long eventId, Long meetingId) {
        this.eventId = eventId;
        this.meetingId = meetingId;
    }

    void details(String nameZh, Long parkId, Long nodeId, String chainCode, String productZh, long contractedAmountCny) {
        this.nameZh = nameZh;
        this.parkId = parkId;
        this.nodeId = nodeId;
        this.chainCode = chainCode;
        this.productZh = productZh;
        this.contractedAmountCny = contractedAmountCny;
    }

    /** Refuses a stage the project cannot reach from where it is (the one rule of the pipeline). */
    void requireCanMoveTo(ProjectStage to) {
        if (to == null || !stage.next().contains(to)) {
            throw new org.chainatlas.platform.InvalidTransition("project " + nameZh, stage, "move to " + to
                    + (stage.next().isEmpty() ? " (it is finished)" : "; it can move to " + stage.next()), "project.stage.");
        }
    }

    /**
     * Moves the stage on, dated {@code on}: only to a stage that follows the current one, never dated in the future
     * ({@code today} in China) or before the stage already reached; a cancellation gives its reason.
     */
    void move(ProjectStage to, LocalDate on, LocalDate today, String reason) {
        requireCanMoveTo(to);
        if (on == null) {
            throw org.chainatlas.platform.InvalidInput.coded("onDate", "error.required", "required");
        }
        if (on.isAfter(today)) {
            throw org.chainatlas.platform.InvalidInput.coded("onDate", "error.dateInFuture", on + " is in the future", String.valueOf(on));
        }
        if (lastStageDate() != null && on.isBefore(lastStageDate())) {
            throw org.chainatlas.platform.InvalidInput.coded("onDate", "error.beforePreviousStage", on + " is before the previous stage ("
                    + lastStageDate() + ")", String.valueOf(on), String.valueOf(lastStageDate()));
        }
        if (to == ProjectStage.CANCELLED && (reason == null || reason.isBlank())) {
            throw org.chainatlas.platform.InvalidInput.coded("note", "error.cancelReason", "give the reason for cancelling");
        }
        reach(to, on, reason);
    }

    /** A seed record: the stage the project had reached by the date of the report it comes from. */
    void reachedBy(LocalDate on) {
        reach(stage, on, null);
    }

    private void reach(ProjectStage to, LocalDate on, String reason) {
        switch (to) {
            case SIGNED -> signedOn = on;
            case LAND_SECURED -> landSecuredOn = on;
            case CONSTRUCTION_STARTED -> constructionStartedOn = on;
            case PRODUCING -> producingOn = on;
            case FULL_CAPACITY -> fullCapacityOn = on;
            case CANCELLED -> {
                cancelledOn = on;
                cancelReason = reason;
            }
            default -> {
            }
        }
        stage = to;
    }

    /** The date of the latest stage reached (for checking that the next move is not dated earlier). */
    LocalDate lastStageDate() {
        LocalDate last = null;
        for (LocalDate d : new LocalDate[] {signedOn, landSecuredOn, constructionStartedOn, producingOn, fullCapacityOn}) {
            if (d != null && (last == null || d.isAfter(last))) {
                last = d;
            }
        }
        return last;
    }

    void addFunds(long amount) {
        fundsInPlaceCny += amount;
    }

    void production(Long output, Long tax, Integer jobs) {
        this.annualOutputCny = output;
        this.annualTaxCny = tax;
        this.jobs = jobs;
    }

    void origin(String regionCode) {
        this.originRegionCode = regionCode;
    }

    void officer(Long userId) {
        this.serviceOfficerId = userId;
    }

    void flagDuplicateOf(long earlier) {
        duplicateOf = earlier;
        duplicateStatus = DuplicateStatus.FLAGGED;
        counted = false;
    }

    void decideDuplicate(boolean duplicate) {
        duplicateStatus = duplicate ? DuplicateStatus.CONFIRMED : DuplicateStatus.CLEARED;
        counted = !duplicate;
    }

    Long id() { return id; }
    String nameZh() { return nameZh; }
    long enterpriseId() { return enterpriseId; }
    String enterpriseUscc() { return enterpriseUscc; }
    String hostRegionCode() { return hostRegionCode; }
    String originRegionCode() { return originRegionCode; }
    Long parkId() { return parkId; }
    String chainCode() { return chainCode; }
    Long nodeId() { return nodeId; }
    String productZh() { return productZh; }
    Long eventId() { return eventId; }
    Long meetingId() { return meetingId; }
    long contractedAmountCny() { return contractedAmountCny; }
    ProjectStage stage() { return stage; }
    LocalDate signedOn() { return signedOn; }
    LocalDate landSecuredOn() { return landSecuredOn; }
    LocalDate constructionStartedOn() { return constructionStartedOn; }
    LocalDate producingOn() { return producingOn; }
    LocalDate fullCapacityOn() { return fullCapacityOn; }
    LocalDate cancelledOn() { return cancelledOn; }
    String cancelReason() { return cancelReason; }
    long fundsInPlaceCny() { return fundsInPlaceCny; }
    Long annualOutputCny() { return annualOutputCny; }
    Long annualTaxCny() { return annualTaxCny; }
    Integer jobs() { return jobs; }
    Long serviceOfficerId() { return serviceOfficerId; }
    Long duplicateOf() { return duplicateOf; }
    DuplicateStatus duplicateStatus() { return duplicateStatus; }
    boolean counted() { return counted; }
    boolean demo() { return demo; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
}
