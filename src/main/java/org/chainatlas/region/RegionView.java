package org.chainatlas.region;

import org.chainatlas.platform.web.Localized;

/** A region as other modules see it. */
public record RegionView(String code, String nameZh, String nameEn, RegionLevel level, String parentCode,
        double longitude, double latitude, String mapName) {

    public GeoPoint point() {
        return new GeoPoint(longitude, latitude);
    }

    /** Name in the current UI language. */
    public String name() {
        return Localized.pick(nameZh, nameEn);
    }

    /**
     * The message key of "the whole of" this province-level unit, as a selector says it: 全市 for a municipality, 全区 for
     * an autonomous or special administrative region, 全省 for a province.
     */
    public String wholeKey() {
        return nameZh.endsWith("市") ? "region.whole.municipality"
                : nameZh.endsWith("区") ? "region.whole.region" : "region.whole.province";
    }

    /** The codes of the four municipalities, province-level units that are cities too (北京, 天津, 上海, 重庆). */
    public static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("110000", "120000", "310000", "500000");

    /**
     * Whether this is one of the four {@link #MUNICIPALITIES}. Hong Kong, Macao and Taiwan are not, though no prefecture
     * divides them either: where a place is read as a city, {@link Regions#standsAsCity} takes them too.
     */
    public boolean municipality() {
        return level == RegionLevel.PROVINCE && MUNICIPALITIES.contains(code);
    }

    public String provinceCode() {
        return code.substring(0, 2) + "0000";
    }

    /**
     * Code prefix covering this region and everything inside it: two digits for a province, four for a
     * prefecture, all six for a county-level unit.
     */
    public String codePrefix() {
        return switch (level) {
            case PROVINCE -> code.substring(0, 2);
            case PREFECTURE -> code.substring(0, 4);
            case COUNTY_UNDER_PROVINCE -> code;
        };
    }

    /** The prefix of a GB/T 2260 code: 2 digits for a province (xx0000), 4 for a prefecture (xxxx00), else all 6. */
    public static String prefixOf(String code) {
        if (code == null || code.length() != 6) {
            return null;
        }
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }

    public boolean contains(String regionCode) {
        return regionCode != null && regionCode.startsWith(codePrefix());
    }
}
