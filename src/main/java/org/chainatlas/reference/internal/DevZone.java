package org.chainatlas.reference.internal;

import org.chainatlas.reference.ZoneKind;
import org.chainatlas.reference.ZoneView;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "dev_zone")
class DevZone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "name_zh", nullable = false, unique = true)
    private String nameZh;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ZoneKind kind;
    @Column(name = "province_zh", nullable = false)
    private String provinceZh;
    @Column(name = "city_zh")
    private String cityZh;
    @Column(name = "leading_industries_zh")
    private String leadingIndustriesZh;
    @Column(name = "source_url")
    private String sourceUrl;
    @Column(name = "region_code", nullable = false)
    private String regionCode;

    protected DevZone() {
    }

    DevZone(ZoneView row) {
        this.nameZh = row.nameZh();
        apply(row);
    }

    void apply(ZoneView row) {
        kind = row.kind();
        provinceZh = row.provinceZh();
        cityZh = row.cityZh();
        leadingIndustriesZh = row.leadingIndustriesZh();
        sourceUrl = row.sourceUrl();
        regionCode = row.regionCode();
    }

    String nameZh() {
        return nameZh;
    }

    ZoneView view() {
        return new ZoneView(id, nameZh, kind, provinceZh, cityZh, leadingIndustriesZh, sourceUrl, regionCode);
    }
}
