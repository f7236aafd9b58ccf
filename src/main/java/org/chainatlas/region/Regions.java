package org.chainatlas.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.chainatlas.platform.NotFound;

/** Read access to the region catalogue, served from memory. */
public interface Regions {

    Optional<RegionView> find(String code);

    default RegionView require(String code) {
        return find(code).orElseThrow(() -> new NotFound("region", code));
    }

    /** Provinces, in code order. */
    List<RegionView> provinces();

    /** Direct children of a province (prefectures and county-level units under it), in code order. */
    List<RegionView> children(String provinceCode);

    Collection<RegionView> all();

    /**
     * Whether a region stands as a city where a text or a file names it: a province-level unit the catalogue divides into
     * no prefectures (the four municipalities, Hong Kong, Macao and Taiwan), read as a city of its own (在上海、香港设有基地).
     */
    default boolean standsAsCity(RegionView region) {
        return region.level() == RegionLevel.PROVINCE
                && children(region.code()).stream().noneMatch(c -> c.level() == RegionLevel.PREFECTURE);
    }

    /** Great-circle distance in km between two regions' reference points. */
    default double distanceKm(String fromCode, String toCode) {
        return require(fromCode).point().distanceKm(require(toCode).point());
    }
}
