package org.chainatlas.park.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chainatlas.platform.data.DataQuality;
import org.chainatlas.region.GeoPoint;
import org.chainatlas.region.Places;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;

/**
 * Where a catalogue zone is, checked against the census boundaries. The zone's city is read from its 城市/区县
 * column and its name (county names resolve to their prefecture). The geocoded point is kept when it lies in that
 * city (or, when no city can be read, in the zone's province); it is EXACT only with a fine geocode (住宅区, 兴趣点,
 * 村庄, 道路, 乡镇, 公交地铁站点), else AREA. A point outside the province or in another city is moved to the city's
 * centre (CITY), or to the province's when no city can be read (PROVINCE); a point shared by several zones, or a
 * {@code city_only} row, is placed at the city's centre too. Every move is flagged.
 */
final class ZonePlacement {

    static final Set<String> FINE = Set.of("住宅区", "兴趣点", "村庄", "道路", "乡镇", "公交地铁站点");
    /** Zones sharing one point from this count on are treated as geocoded to a wrong default point. */
    static final int SHARED_AT = 3;

    record Placement(String regionCode, double longitude, double latitude, String precision, String noteZh, String noteEn,
            List<DataQuality.Flag> flags) {

        boolean exact() {
            return "EXACT".equals(precision);
        }
    }

    private final Places places;
    private final Regions regions;
    private final Map<String, Integer> pointUse;

    ZonePlacement(Places places, Regions regions, Map<String, Integer> pointUse) {
        this.places = places;
        this.regions = regions;
        this.pointUse = pointUse;
    }

    static String pointKey(double lng, double lat) {
        return lng + "," + lat;
    }

    /** The province of a zone row; a row whose province cannot be read breaks the file. */
    Optional<RegionView> province(CatalogueFile.Zone zone) {
        return places.province(zone.provinceZh());
    }

    /**
     * Every prefecture-level region of the province that the zone's city column and name give, in that order: a name
     * may hold several (杭州湾上虞 is in 绍兴's 上虞, 顺德清远英德 in 清远's 英德), and the one holding the point is taken.
     */
    List<RegionView> namedCities(CatalogueFile.Zone zone, RegionView province) {
        if (regions.standsAsCity(province)) {
            return List.of(province);
        }
        List<RegionView> named = new ArrayList<>();
        // the column as a whole name first: some names count only whole (和丰, the short name of 和布克赛尔)
        if (zone.cityZh() != null) {
            places.resolve(zone.cityZh(), province.code()).filter(r -> r.level() != RegionLevel.PROVINCE)
                    .filter(r -> r.code().startsWith(province.code().substring(0, 2))).ifPresent(named::add);
        }
        for (String text : new String[] {zone.cityZh(), zone.nameZh()}) {
            if (text == null) {
                continue;
            }
            List<Places.PlaceMention> mentions = new ArrayList<>(places.mentions(text, province.code()));
            // another province in the name is a partner (黑龙江富蕴: a park Heilongjiang helps build in 富蕴): the places
            // after it are read in the zone's own province
            for (Places.PlaceMention m : List.copyOf(mentions)) {
                if (m.region().level() == RegionLevel.PROVINCE && !m.region().code().equals(province.code())) {
                    mentions.addAll(places.mentions(text.substring(m.start() + m.written().length()), province.code()));
                }
            }
            for (Places.PlaceMention m : mentions) {
                if (m.region().level() != RegionLevel.PROVINCE && m.region().code().startsWith(province.code().substring(0, 2))) {
                    if (!named.contains(m.region())) {
                        named.add(m.region());
                    }
                    continue;
                }
                // the zone's own province named in its city column or name is the prefecture of that name, where one
                // exists: 吉林 in 吉林省 is 吉林市 (吉林经济技术开发区)
                if (m.region().code().equals(province.code())) {
                    places.resolve(m.written() + "市", province.code()).filter(r -> r.level() != RegionLevel.PROVINCE)
                            .filter(r -> !named.contains(r)).ifPresent(named::add);
                }
            }
        }
        return named;
    }

    Placement place(CatalogueFile.Zone zone, RegionView province) {
        List<DataQuality.Flag> flags = new ArrayList<>();
        String key = zone.code() + " " + zone.nameZh();
        List<RegionView> named = namedCities(zone, province);
        Optional<String> pointRegion = places.locate(new GeoPoint(zone.longitude(), zone.latitude()));
        Optional<RegionView> city = named.stream().filter(r -> pointRegion.isPresent() && r.code().equals(pointRegion.get())).findFirst()
                .or(() -> named.stream().findFirst());
        boolean inProvince = pointRegion.map(code -> code.startsWith(province.code().substring(0, 2))).orElse(false);
        boolean shared = pointUse.getOrDefault(pointKey(zone.longitude(), zone.latitude()), 0) >= SHARED_AT;
        // A city column that is no place name may be a typo of one (湽博 for 淄博), but as often a town or district the
        // region list lacks (旅顺 in 大连, not 抚顺; 胶南 in 青岛, not 济南): the guess is used only where the point
        // cannot tell the city (outside the province, a shared default point, a city-only row).
        // a point geocoded to the province only (精度 省) is the seat of the provincial government, not the zone's city
        boolean pointTells = inProvince && !shared && !zone.cityOnly() && !"省".equals(zone.precisionZh());
        if (city.isEmpty() && !pointTells) {
            // the column keeps the 省 of names such as 江苏省锡沂…: without it 省锡 would pass for 无锡
            String column = zone.cityZh() == null ? null : zone.cityZh().startsWith("省") ? zone.cityZh().substring(1) : zone.cityZh();
            city = column == null ? Optional.empty() : places.similar(column, province.code());
            city.ifPresent(c -> flags.add(flag(zone, key, "ZONE_CITY_SIMILAR_NAME", "城市/区县列 '" + zone.cityZh()
                    + "' 不是地名，坐标也不可用，按一字之差读作" + c.nameZh() + "（原文保留）", "the city column '" + zone.cityZh()
                    + "' is no place name and the point is unusable; read as " + c.nameEn()
                    + " (one character differs; the row is kept as written)")));
        }
        if (city.isEmpty()) {
            flags.add(flag(zone, key, "ZONE_CITY_UNREAD", "从城市/区县列 '" + zone.cityZh() + "' 和名称读不出所在城市"
                    + (pointTells ? "，按坐标所在城市" : ""), "no city can be read from the city column '" + zone.cityZh()
                    + "' or the name" + (pointTells ? "; the point's city is used" : "")));
        }
        String fine = zone.precisionZh() != null && FINE.contains(zone.precisionZh()) ? "EXACT" : "AREA";
        if (zone.cityOnly()) {
            flags.add(flag(zone, key, "ZONE_CITY_ONLY", "目录坐标仅到城市一级（city_only），置于城市中心",
                    "the catalogue's point is at city level only (city_only): placed at the city's centre"));
            return centre(zone, city, province, flags, "目录坐标仅到城市", "catalogue point at city level only");
        }
        if (shared) {
            flags.add(flag(zone, key, "ZONE_SHARED_POINT", pointUse.get(pointKey(zone.longitude(), zone.latitude()))
                    + " 个开发区共用坐标 " + pointKey(zone.longitude(), zone.latitude()) + "（地理编码默认点），置于城市中心",
                    pointUse.get(pointKey(zone.longitude(), zone.latitude())) + " zones share the point "
                            + pointKey(zone.longitude(), zone.latitude()) + " (a geocoder default): placed at the city's centre"));
            return centre(zone, city, province, flags, "原坐标为多个开发区共用的默认点", "the original point is a default shared by many zones");
        }
        if (!inProvince) {
            String where = pointRegion.flatMap(regions::find).map(RegionView::nameZh).orElse("境外或海上");
            String whereEn = pointRegion.flatMap(regions::find).map(RegionView::nameEn).orElse("outside China's land boundary");
            flags.add(flag(zone, key, "ZONE_OUTSIDE_PROVINCE", "坐标落在" + where + "，不在" + province.nameZh() + "境内，移至城市中心",
                    "the point lies in " + whereEn + ", outside " + province.nameEn() + ": moved to the city's centre"));
            return centre(zone, city, province, flags, "原坐标不在本省（落在" + where + "）", "original point outside the province (in " + whereEn + ")");
        }
        if (city.isEmpty() && !pointTells) {
            return centre(zone, city, province, flags, "原坐标仅到省级", "original point at province level only");
        }
        if (city.isPresent() && !city.get().code().equals(pointRegion.get())) {
            String where = regions.find(pointRegion.get()).map(RegionView::nameZh).orElse(pointRegion.get());
            String whereEn = regions.find(pointRegion.get()).map(RegionView::nameEn).orElse(pointRegion.get());
            flags.add(flag(zone, key, "ZONE_OTHER_CITY", "坐标落在" + where + "，而名称或城市列指向" + city.get().nameZh() + "，移至城市中心",
                    "the point lies in " + whereEn + " but the name or city column says " + city.get().nameEn()
                            + ": moved to the city's centre"));
            return centre(zone, city, province, flags, "原坐标落在" + where, "original point in " + whereEn);
        }
        String region = city.map(RegionView::code).orElse(pointRegion.get());
        // a point one other zone has too is kept, where it lies in the zone's city, but not called exact: at most one of the two
        // is where the geocoder put it for its own name (平顶山高新区 and 宝丰高新区; 平新 and 石龙 on 鲁山's county town — fact
        // check 135)
        String point = pointKey(zone.longitude(), zone.latitude());
        if (fine.equals("EXACT") && pointUse.getOrDefault(point, 0) > 1) {
            RegionView in = regions.require(region);
            flags.add(flag(zone, key, "ZONE_POINT_SHARED_PAIR", "与另一开发区共用坐标 " + point + "，位于" + in.nameZh() + "境内，保留但不视为精确",
                    "shares the point " + point + " with another zone: kept, inside " + in.nameEn() + ", but not taken as exact"));
            return new Placement(region, zone.longitude(), zone.latitude(), "AREA",
                    "目录坐标，位于" + in.nameZh() + "境内，但与另一开发区共用同一坐标，未能确认",
                    "catalogue point inside " + in.nameEn() + ", but shared with another zone: not confirmed", flags);
        }
        String note = fine.equals("EXACT") ? "目录坐标，已核对位于" + regions.require(region).nameZh() + "境内（精度：" + zone.precisionZh() + "）"
                : "未知".equals(zone.precisionZh()) ? "目录坐标，位于" + regions.require(region).nameZh() + "境内，但其地理编码精度未知"
                : "目录坐标，位于" + regions.require(region).nameZh() + "境内，但地理编码精度仅为“" + zone.precisionZh() + "”";
        String noteEn = fine.equals("EXACT") ? "catalogue point, checked inside " + regions.require(region).nameEn() + " (precision: "
                + precisionEn(zone.precisionZh()) + ")"
                : "未知".equals(zone.precisionZh()) ? "catalogue point inside " + regions.require(region).nameEn()
                        + ", but how precisely it was geocoded is not known"
                : "catalogue point inside " + regions.require(region).nameEn() + ", but geocoded only to “" + precisionEn(zone.precisionZh()) + "”";
        return new Placement(region, zone.longitude(), zone.latitude(), fine, note, noteEn, flags);
    }

    /** The catalogue's geocoding precisions (地理编码精度) in English; a value not listed is kept as written. */
    static String precisionEn(String zh) {
        return switch (zh == null ? "" : zh) {
            case "住宅区" -> "residential area";
            case "兴趣点" -> "point of interest";
            case "公交地铁站点" -> "bus or metro stop";
            case "道路" -> "road";
            case "村庄" -> "village";
            case "乡镇" -> "township";
            case "区县" -> "county";
            case "市" -> "city";
            case "省" -> "province";
            case "未知" -> "unknown";
            default -> zh;
        };
    }

    private static Placement centre(CatalogueFile.Zone zone, Optional<RegionView> city, RegionView province,
            List<DataQuality.Flag> flags, String whyZh, String whyEn) {
        RegionView target = city.orElse(province);
        String precision = city.isPresent() ? "CITY" : "PROVINCE";
        return new Placement(target.code(), target.longitude(), target.latitude(), precision,
                "近似位置：" + target.nameZh() + "中心（" + whyZh + "）", "approximate: centre of " + target.nameEn() + " (" + whyEn + ")",
                flags);
    }

    private static DataQuality.Flag flag(CatalogueFile.Zone zone, String key, String kind, String zh, String en) {
        return new DataQuality.Flag(CatalogueFile.FILE, zone.row(), key, kind, zh, en);
    }
}
