package org.chainatlas.park.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chainatlas.park.ParkForm;
import org.chainatlas.park.ParkKind;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/** A park (重点园区): where it is, its land and factor costs, the chains and segments it leads in. */
@Entity
@Table(name = "park")
@Indexed(index = "park")
class Park {

    static final Duration STALE_AFTER = Duration.ofDays(180);

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
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private ParkKind kind;
    @Column(name = "region_code", nullable = false)
    @KeywordField
    private String regionCode;
    @Column(nullable = false)
    private double longitude;
    @Column(nullable = false)
    private double latitude;
    @Column(name = "location_precision", nullable = false)
    private String locationPrecision;
    @Column(name = "planned_land_mu")
    private BigDecimal plannedLandMu;
    @Column(name = "available_land_mu")
    private BigDecimal availableLandMu;
    @Column(name = "land_price_cny_per_mu")
    private Integer landPriceCnyPerMu;
    @Column(name = "electricity_cny_per_kwh")
    private BigDecimal electricityCnyPerKwh;
    @Column(name = "water_cny_per_t")
    private BigDecimal waterCnyPerT;
    @Column(name = "gas_cny_per_m3")
    private BigDecimal gasCnyPerM3;
    @Column(name = "wage_cny_per_month")
    private Integer wageCnyPerMonth;
    @Column(name = "policies_zh")
    @FullTextField(analyzer = "chinese", highlightable = Highlightable.PLAIN)
    private String policiesZh;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "co_built_with_id")
    private Park coBuiltWith;
    @Column(name = "co_built_note")
    private String coBuiltNote;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "dev_zone_name", unique = true)
    private String devZoneName;
    @Column(name = "catalogue_code")
    private String catalogueCode;
    @Column(name = "zone_level")
    private String zoneLevel;
    @Column(name = "zone_type_zh")
    private String zoneTypeZh;
    @Column(name = "approved_on")
    private String approvedOn;
    @Column(name = "approved_area_ha")
    private BigDecimal approvedAreaHa;
    @Column(name = "leading_industries_zh")
    @FullTextField(analyzer = "chinese", highlightable = Highlightable.PLAIN)
    private String leadingIndustriesZh;
    @Column(name = "geocode_longitude")
    private Double geocodeLongitude;
    @Column(name = "geocode_latitude")
    private Double geocodeLatitude;
    @Column(name = "geocode_precision")
    private String geocodePrecision;
    @Column(name = "location_note")
    private String locationNote;
    @Column(name = "location_note_en")
    private String locationNoteEn;
    @Column(name = "source_zh")
    private String sourceZh;
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "park_chain", joinColumns = @JoinColumn(name = "park_id"))
    @Column(name = "chain_code")
    @KeywordField(name = "chain")
    private Set<String> chainCodes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "park_segment", joinColumns = @JoinColumn(name = "park_id"))
    @Column(name = "node_id")
    private Set<Long> nodeIds = new LinkedHashSet<>();

    /** Inverse side, so that the search index of opportunities follows their park's name and removal. */
    @jakarta.persistence.OneToMany(mappedBy = "park")
    private List<Opportunity> opportunities = new ArrayList<>();

    protected Park() {
    }

    Park(String devZoneName, boolean demo) {
        this.devZoneName = devZoneName;
        this.demo = demo;
        this.createdAt = Instant.now();
    }

    void apply(ParkForm form, double defaultLongitude, double defaultLatitude, Park coBuilt) {
        nameZh = form.nameZh().strip();
        nameEn = blank(form.nameEn());
        kind = form.kind();
        regionCode = form.regionCode();
        if (form.longitude() != null && form.latitude() != null) {
            longitude = form.longitude();
            latitude = form.latitude();
            locationPrecision = "EXACT";
            locationNote = null;
            locationNoteEn = null;
        } else if (catalogueCode != null && form.regionCode().equals(regionCode)) {
            // A catalogue zone keeps its checked location until the locality gives coordinates.
        } else {
            longitude = defaultLongitude;
            latitude = defaultLatitude;
            locationPrecision = "CITY";
            locationNote = null;
            locationNoteEn = null;
        }
        plannedLandMu = decimal(form.plannedLandMu());
        availableLandMu = decimal(form.availableLandMu());
        landPriceCnyPerMu = form.landPriceCnyPerMu();
        electricityCnyPerKwh = decimal(form.electricityCnyPerKwh());
        waterCnyPerT = decimal(form.waterCnyPerT());
        gasCnyPerM3 = decimal(form.gasCnyPerM3());
        wageCnyPerMonth = form.wageCnyPerMonth();
        policiesZh = blank(form.policiesZh());
        coBuiltWith = coBuilt;
        coBuiltNote = blank(form.coBuiltNote());
        contactName = blank(form.contactName());
        contactPhone = blank(form.contactPhone());
        contactEmail = blank(form.contactEmail());
        chainCodes.clear();
        chainCodes.addAll(form.chainCodesOrEmpty());
        nodeIds.clear();
        nodeIds.addAll(form.nodeIdsOrEmpty());
    }

    /** The locality confirms the park's data is current. */
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

    boolean stale(Instant now) {
        return lastVerifiedAt == null || lastVerifiedAt.isBefore(now.minus(STALE_AFTER));
    }

    @GenericField(name = "deleted")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "deletedAt")))
    public boolean isDeleted() {
        return deletedAt != null;
    }

    @KeywordField(name = "province")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regionCode")))
    public String getProvince() {
        return regionCode == null ? null : regionCode.substring(0, 2);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    Long id() { return id; }
    String nameZh() { return nameZh; }
    String nameEn() { return nameEn; }
    ParkKind kind() { return kind; }
    String regionCode() { return regionCode; }
    double longitude() { return longitude; }
    double latitude() { return latitude; }
    boolean approximateLocation() { return !"EXACT".equals(locationPrecision); }
    String locationPrecision() { return locationPrecision; }
    String locationNote() { return locationNote; }
    String locationNoteEn() { return locationNoteEn; }
    String leadingIndustriesZh() { return leadingIndustriesZh; }

    /** The zone's catalogue entry, or null for a park that is not in the 2018 catalogue. */
    org.chainatlas.park.ParkView.Catalogue catalogue() {
        return catalogueCode == null ? null : new org.chainatlas.park.ParkView.Catalogue(catalogueCode, zoneLevel, zoneTypeZh,
                approvedOn, number(approvedAreaHa), leadingIndustriesZh, geocodeLongitude, geocodeLatitude, geocodePrecision,
                sourceZh);
    }
    Double plannedLandMu() { return number(plannedLandMu); }
    Double availableLandMu() { return number(availableLandMu); }
    Integer landPriceCnyPerMu() { return landPriceCnyPerMu; }
    Double electricityCnyPerKwh() { return number(electricityCnyPerKwh); }
    Double waterCnyPerT() { return number(waterCnyPerT); }
    Double gasCnyPerM3() { return number(gasCnyPerM3); }
    Integer wageCnyPerMonth() { return wageCnyPerMonth; }
    String policiesZh() { return policiesZh; }
    Park coBuiltWith() { return coBuiltWith; }
    String coBuiltNote() { return coBuiltNote; }
    String contactName() { return contactName; }
    String contactPhone() { return contactPhone; }
    String contactEmail() { return contactEmail; }
    String devZoneName() { return devZoneName; }
    boolean demo() { return demo; }
    Instant lastVerifiedAt() { return lastVerifiedAt; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    List<String> chainCodes() { return new ArrayList<>(chainCodes); }
    List<Long> nodeIds() { return new ArrayList<>(nodeIds); }

    long version() {
        return version;
    }
}
