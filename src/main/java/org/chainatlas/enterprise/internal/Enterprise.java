package org.chainatlas.enterprise.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.enterprise.RevenueBand;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An enterprise in the registry: the aggregate of its facilities and the chain segments it works in. */
@Entity
@Table(name = "enterprise")
@Indexed(index = "enterprise")
class Enterprise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "name_zh", nullable = false)
    @FullTextField(analyzer = "chinese", projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @FullTextField(name = "nameZh_bigram", analyzer = "cjk_bigram", searchAnalyzer = "cjk_bigram_query", highlightable = Highlightable.PLAIN)
    private String nameZh;
    @Column(name = "name_en")
    @FullTextField(analyzer = "english")
    private String nameEn;
    @Column(nullable = false, unique = true)
    @KeywordField
    private String uscc;
    @Column(name = "hq_region_code", nullable = false)
    @KeywordField(projectable = Projectable.YES)
    private String hqRegionCode;
    private boolean demo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    private int tags;
    @Enumerated(EnumType.STRING)
    @Column(name = "revenue_band")
    private RevenueBand revenueBand;
    private Integer employees;
    @Column(name = "description_zh")
    @FullTextField(analyzer = "chinese", highlightable = Highlightable.PLAIN)
    private String descriptionZh;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    /** Names and keywords of the segments it works in, kept for Chinese full-text search. */
    @Column(name = "segment_text")
    @FullTextField(analyzer = "chinese_repeated", searchAnalyzer = "chinese", highlightable = Highlightable.PLAIN)
    @FullTextField(name = "segmentText_bigram", analyzer = "cjk_bigram", searchAnalyzer = "cjk_bigram_query")
    private String segmentText;
    /** Codes of the chains it works in, ';'-separated, kept with {@code segmentText} for search filters. */
    @Column(name = "chain_codes")
    private String chainCodes;
    /** Regions of its plants, ';'-separated codes, kept for search by place (with the seat: {@link #getSites()}). */
    @Column(name = "plant_regions")
    private String plantRegions;
    @Column(name = "stock_code")
    @KeywordField
    private String stockCode;
    @Column(name = "short_name_zh")
    @FullTextField(analyzer = "chinese", projectable = Projectable.YES)
    private String shortNameZh;
    private String exchange;
    @Column(name = "industry_class_zh")
    private String industryClassZh;
    @Column(name = "listing_status")
    private String listingStatus;
    @Column(name = "main_business_zh")
    @FullTextField(analyzer = "chinese", highlightable = Highlightable.PLAIN)
    private String mainBusinessZh;
    @Column(name = "revenue_cny")
    private java.math.BigDecimal revenueCny;
    @Column(name = "revenue_year")
    private Integer revenueYear;
    @Column(name = "source_zh")
    private String sourceZh;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EnterpriseFacility> facilities = new ArrayList<>();

    @OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EnterpriseSegment> segments = new ArrayList<>();

    protected Enterprise() {
    }

    Enterprise(String uscc, boolean demo) {
        this.uscc = uscc;
        this.demo = demo;
        this.createdAt = Instant.now();
    }

    Long id() {
        return id;
    }

    String nameZh() {
        return nameZh;
    }

    String uscc() {
        return uscc;
    }

    String hqRegionCode() {
        return hqRegionCode;
    }

    boolean demo() {
        return demo;
    }

    int tagMask() {
        return tags;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    List<EnterpriseFacility> facilities() {
        return facilities;
    }

    List<EnterpriseSegment> segments() {
        return segments;
    }

    /** Where it is: its seat and its plants' regions (exact codes, seat first), shown with a hit found by place. */
    @KeywordField(name = "site", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "hqRegionCode")),
        @ObjectPath(@PropertyValue(propertyName = "plantRegions"))})
    public List<String> getSites() {
        java.util.Set<String> sites = new java.util.LinkedHashSet<>();
        if (hqRegionCode != null) {
            sites.add(hqRegionCode);
        }
        if (plantRegions != null && !plantRegions.isBlank()) {
            sites.addAll(List.of(plantRegions.split(";")));
        }
        return List.copyOf(sites);
    }

    /**
     * The places a filter by region matches: each site's code with its province's and prefecture's prefixes (2 and 4
     * digits), so that a province, a prefecture or a county-level unit finds what is inside it.
     */
    @KeywordField(name = "place")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "hqRegionCode")),
        @ObjectPath(@PropertyValue(propertyName = "plantRegions"))})
    public List<String> getPlaces() {
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        for (String site : getSites()) {
            if (site.length() == 6) {
                places.add(site.substring(0, 2));
                places.add(site.substring(0, 4));
            }
            places.add(site);
        }
        return List.copyOf(places);
    }

    /**
     * How large it is, to order hits a search scores alike (those found by place): its revenue where known (listed
     * companies' latest year), else the floor of the band it registered, else 0.
     */
    @GenericField(name = "size", sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "revenueCny")),
        @ObjectPath(@PropertyValue(propertyName = "revenueBand"))})
    public long getSize() {
        if (revenueCny != null) {
            return revenueCny.longValue();
        }
        if (revenueBand == null) {
            return 0;
        }
        return switch (revenueBand) {
            case BELOW_20M -> 0;
            case FROM_20M_TO_100M -> 20_000_000L;
            case FROM_100M_TO_1B -> 100_000_000L;
            case FROM_1B_TO_10B -> 1_000_000_000L;
            case ABOVE_10B -> 10_000_000_000L;
        };
    }

    @KeywordField(name = "tag", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
    public List<String> getTagNames() {
        return EnterpriseTag.of(tags).stream().map(Enum::name).toList();
    }

    @GenericField(name = "deleted")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "deletedAt")))
    public boolean isDeleted() {
        return deletedAt != null;
    }

    @KeywordField(name = "chain", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "chainCodes")))
    public List<String> getChains() {
        return chainCodes == null || chainCodes.isBlank() ? List.of() : List.of(chainCodes.split(";"));
    }

    void describe(String nameZh, String nameEn, String hqRegionCode, int tags, RevenueBand revenueBand, Integer employees,
            String descriptionZh) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.hqRegionCode = hqRegionCode;
        this.tags = tags;
        this.revenueBand = revenueBand;
        this.employees = employees;
        this.descriptionZh = descriptionZh;
    }

    void contact(String name, String phone, String email) {
        this.contactName = name;
        this.contactPhone = phone;
        this.contactEmail = email;
    }

    String segmentText() {
        return segmentText;
    }

    String chainCodes() {
        return chainCodes;
    }

    /**
     * The id a batch insert gave this enterprise (built in memory, written by {@link EnterpriseBatch}, never managed
     * by JPA): from here on it is a snapshot of the stored row, for its audit entry and its search document.
     */
    void stored(long id) {
        if (this.id != null) {
            throw new IllegalStateException("enterprise " + this.id + " is stored already");
        }
        this.id = id;
    }

    /** The columns a new enterprise is inserted with by a batch ({@link EnterpriseBatch#COLUMNS}, same order). */
    Object[] insertRow() {
        return new Object[] {nameZh, nameEn, uscc, hqRegionCode, demo, createdAt, tags, revenueBand == null ? null : revenueBand.name(),
                employees, descriptionZh, contactName, contactPhone, contactEmail, segmentText, chainCodes, plantRegions, version};
    }

    void searchText(String segmentText, String chainCodes) {
        this.segmentText = segmentText;
        this.chainCodes = chainCodes;
    }

    /** Records its plants' regions for search by place (after its facilities changed). */
    void plantsAt(java.util.Collection<String> regionCodes) {
        String joined = String.join(";", new java.util.LinkedHashSet<>(regionCodes));
        this.plantRegions = joined.isEmpty() ? null : joined.length() > 2000 ? joined.substring(0, joined.lastIndexOf(';', 2000)) : joined;
    }

    /** Records the USCC of an enterprise registered without one (verified by an organiser). */
    void identify(String uscc) {
        if (this.uscc != null) {
            throw new IllegalStateException("the USCC of enterprise " + id + " is already " + this.uscc);
        }
        this.uscc = uscc;
    }

    void touched() {
        this.updatedAt = Instant.now();
    }

    void delete() {
        this.deletedAt = Instant.now();
    }

    void restore() {
        this.deletedAt = null;
    }

    EnterpriseView.Contact contactView() {
        if (contactName == null && contactPhone == null && contactEmail == null) {
            return new EnterpriseView.Contact(null, null, null);
        }
        return new EnterpriseView.Contact(contactName, contactPhone, contactEmail);
    }

    RevenueBand revenueBand() {
        return revenueBand;
    }

    Integer employees() {
        return employees;
    }

    String descriptionZh() {
        return descriptionZh;
    }

    String nameEn() {
        return nameEn;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String stockCode() {
        return stockCode;
    }

    String shortNameZh() {
        return shortNameZh;
    }

    Double revenueCny() {
        return revenueCny == null ? null : revenueCny.doubleValue();
    }

    String sourceZh() {
        return sourceZh;
    }

    /** The listed company's facts, or null for an enterprise that is not in the listed-company files. */
    org.chainatlas.enterprise.EnterpriseView.Listing listing() {
        return stockCode == null ? null : new org.chainatlas.enterprise.EnterpriseView.Listing(stockCode, exchange,
                industryClassZh, listingStatus, mainBusinessZh, revenueCny(), revenueYear);
    }

    long version() {
        return version;
    }
}
