package org.chainatlas.region;

import java.util.List;
import java.util.Optional;

/**
 * Places beyond the region list: which prefecture-level region holds a point (census 2020 boundary polygons),
 * which region a place name means (province, prefecture or county name, full or short, e.g. 宜宾, 四川宜宾,
 * 溧阳, 昌吉州), and census figures. County names resolve to the prefecture-level region that holds them.
 */
public interface Places {

    /** The prefecture-level region (or municipality's province row) whose boundary holds the point. */
    Optional<String> locate(GeoPoint point);

    /**
     * The region a place name means: a province, or the prefecture-level region of a prefecture or county name.
     * {@code provinceHint} (a province code, or null) decides between places of the same name; without it an
     * ambiguous county name resolves to nothing, while a prefecture name wins over counties of the same name.
     */
    Optional<RegionView> resolve(String name, String provinceHint);

    /**
     * A province or prefecture-level region named exactly, by its full or short Chinese name (四川, 宜宾市, 宜宾) or its
     * English name (Yibin, case ignored); never a county, a name inside a longer text, or an ambiguous name.
     */
    Optional<RegionView> named(String name);

    /** A province by its full or short name (四川省, 四川, 广西壮族自治区, 广西, 内蒙古). */
    Optional<RegionView> province(String name);

    /** Place names (prefecture or county, full or short, optionally after a province name) found in a text. */
    List<PlaceMention> mentions(String text, String provinceHint);

    /**
     * A prefecture of the hinted province whose two-character short name differs from the text's first two
     * characters in one character only, when exactly one does (a typo such as 湽博 for 淄博). Callers flag its use.
     */
    Optional<RegionView> similar(String text, String provinceHint);

    Optional<Census> census(String regionCode);

    /** A place name found in a text: where it starts, as written, and the region it means. */
    record PlaceMention(int start, String written, RegionView region) {
    }
}
