package org.chainatlas.park.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.chainatlas.park.CooperationMode;
import org.chainatlas.park.OpportunityForm;
import org.chainatlas.park.OpportunityStatus;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A key project a park publishes to attract investment (机遇清单 entry). */
@Entity
@Table(name = "opportunity")
@Indexed(index = "opportunity")
class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "park_id")
    @IndexedEmbedded(includePaths = {"nameZh", "regionCode", "province", "deleted"})
    private Park park;
    @Column(name = "title_zh", nullable = false)
    @FullTextField(analyzer = "chinese", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "titleZh_bigram", analyzer = "cjk_bigram", searchAnalyzer = "cjk_bigram_query", highlightable = Highlightable.PLAIN)
    private String titleZh;
    @Column(name = "title_en")
    @FullTextField(analyzer = "english")
    private String titleEn;
    @Column(name = "node_id", nullable = false)
    private Long nodeId;
    @Column(name = "investment_sought_cny")
    private Long investmentSoughtCny;
    @Column(name = "land_mu")
    private BigDecimal landMu;
    @Enumerated(EnumType.STRING)
    @Column(name = "cooperation_mode", nullable = false)
    private CooperationMode cooperationMode;
    @Column(name = "description_zh")
    @FullTextField(analyzer = "chinese", highlightable = Highlightable.PLAIN)
    private String descriptionZh;
    /** Name and keywords of the segment, kept for Chinese full-text search. */
    @Column(name = "segment_text")
    @FullTextField(analyzer = "chinese", highlightable = Highlightable.PLAIN)
    @FullTextField(name = "segmentText_bigram", analyzer = "cjk_bigram", searchAnalyzer = "cjk_bigram_query")
    private String segmentText;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private OpportunityStatus status;
    private boolean demo;
    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected Opportunity() {
    }

    Opportunity(Park park, boolean demo) {
        this.park = park;
        this.demo = demo;
        this.createdAt = Instant.now();
        this.status = OpportunityStatus.OPEN;
    }

    void apply(OpportunityForm form, String segmentText) {
        titleZh = form.titleZh().strip();
        titleEn = form.titleEn() == null || form.titleEn().isBlank() ? null : form.titleEn().strip();
        nodeId = form.nodeId();
        investmentSoughtCny = form.investmentSoughtCny();
        landMu = form.landMu() == null ? null : BigDecimal.valueOf(form.landMu());
        cooperationMode = form.cooperationMode() == null ? CooperationMode.OTHER : form.cooperationMode();
        descriptionZh = form.descriptionZh() == null || form.descriptionZh().isBlank() ? null : form.descriptionZh().strip();
        if (form.status() != null) {
            status = form.status();
        }
        this.segmentText = segmentText;
    }

    void verified(Instant at) {
        lastVerifiedAt = at;
        updatedAt = at;
    }

    void touched() {
        updatedAt = Instant.now();
    }

    void delete() {
        deletedAt = Instant.now();
    }

    void restore() {
        deletedAt = null;
    }

    @GenericField(name = "deleted")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "deletedAt")))
    public boolean isDeleted() {
        return deletedAt != null;
    }

    @KeywordField(name = "node")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "nodeId")))
    public String getNode() {
        return nodeId == null ? null : String.valueOf(nodeId);
    }

    Long id() { return id; }
    Park park() { return park; }
    String titleZh() { return titleZh; }
    String titleEn() { return titleEn; }
    Long nodeId() { return nodeId; }
    Long investmentSoughtCny() { return investmentSoughtCny; }
    Double landMu() { return Park.number(landMu); }
    CooperationMode cooperationMode() { return cooperationMode; }
    String descriptionZh() { return descriptionZh; }
    OpportunityStatus status() { return status; }
    boolean demo() { return demo; }
    Instant lastVerifiedAt() { return lastVerifiedAt; }

    /**
     * Due for re-verification: not checked within {@link Park#STALE_AFTER}. A demo project was never checked and never will
     * be: it is demo, neither current nor due.
     */
    boolean stale(Instant now) {
        return !demo && (lastVerifiedAt == null || lastVerifiedAt.isBefore(now.minus(Park.STALE_AFTER)));
    }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    boolean deleted() { return deletedAt != null; }

    long version() {
        return version;
    }
}
