package org.chainatlas.region.internal;

import java.util.Objects;

import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
class Region {

    @Id
    private String code;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegionLevel level;
    @Column(name = "parent_code")
    private String parentCode;
    private double longitude;
    private double latitude;
    @Column(name = "map_name")
    private String mapName;
    @Column(name = "coord_source", nullable = false)
    private String coordSource;

    protected Region() {
    }

    Region(RegionRow row) {
        this.code = row.code();
        apply(row);
    }

    /** Takes the row's values; answers whether anything changed. */
    boolean apply(RegionRow row) {
        boolean changed = !Objects.equals(nameZh, row.nameZh()) || !Objects.equals(nameEn, row.nameEn())
                || level != row.level() || !Objects.equals(parentCode, row.parentCode())
                || longitude != row.longitude() || latitude != row.latitude()
                || !Objects.equals(mapName, row.mapName()) || !Objects.equals(coordSource, row.coordSource());
        nameZh = row.nameZh();
        nameEn = row.nameEn();
        level = row.level();
        parentCode = row.parentCode();
        longitude = row.longitude();
        latitude = row.latitude();
        mapName = row.mapName();
        coordSource = row.coordSource();
        return changed;
    }

    String code() {
        return code;
    }

    RegionView view() {
        return new RegionView(code, nameZh, nameEn, level, parentCode, longitude, latitude, mapName);
    }
}
