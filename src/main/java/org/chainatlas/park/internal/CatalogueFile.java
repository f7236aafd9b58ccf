package org.chainatlas.park.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataQuality;

/**
 * The 2018 national catalogue of development zones (中国开发区审核公告目录 2018年版), validated whole: a bad
 * cell stops the start naming row and column. Known defects are kept as found and flagged: a code used twice,
 * two approval dates in one cell.
 */
final class CatalogueFile {

    static final String FILE = "data/real/development_zones_2018.csv";
    static final String SOURCE_ZH = org.chainatlas.park.ParkView.Catalogue.SOURCE_ZH;
    private static final Pattern CODE = Pattern.compile("[GS]\\d{6}");
    private static final Set<String> LEVELS = Set.of("国务院", "省政府");
    static final Set<String> TYPES = Set.of("经济技术开发区", "高新技术产业开发区", "海关特殊监管区域", "边境/跨境经济合作区",
            "其他类型开发区", "经济开发区", "工业园区");
    private static final Set<String> STATUS = Set.of("ok", "city_only");

    /** One catalogue row as found. */
    record Zone(long row, String code, String nameZh, String provinceZh, String cityZh, boolean national, String typeZh,
            String approvedOn, Double areaHa, String leadingIndustriesZh, double longitude, double latitude,
            String precisionZh, boolean cityOnly) {

        String key() {
            return code + "|" + nameZh;
        }
    }

    record Parsed(List<Zone> zones, List<DataQuality.Flag> flags) {
    }

    private CatalogueFile() {
    }

    static Parsed load() {
        return parse(CsvTable.fromClasspath(FILE, "代码", "开发区名称", "省份", "城市/区县", "批准级别", "开发区类型", "批准时间",
                "核准面积_公顷", "主导产业", "经度_WGS84", "纬度_WGS84", "地理编码精度", "状态"));
    }

    static Parsed parse(CsvTable table) {
        List<Zone> zones = new ArrayList<>();
        List<DataQuality.Flag> flags = new ArrayList<>();
        Map<String, Long> keys = new HashMap<>();
        Map<String, Zone> codes = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.required("代码");
            if (!CODE.matcher(code).matches()) {
                throw row.invalid("代码", "'" + code + "' is not a catalogue code (G or S and six digits)");
            }
            String name = row.required("开发区名称");
            String level = row.required("批准级别");
            if (!LEVELS.contains(level)) {
                throw row.invalid("批准级别", "'" + level + "' is not 国务院 or 省政府");
            }
            String type = row.required("开发区类型");
            if (!TYPES.contains(type)) {
                throw row.invalid("开发区类型", "'" + type + "' is not a known zone type " + TYPES);
            }
            String status = row.required("状态");
            if (!STATUS.contains(status)) {
                throw row.invalid("状态", "'" + status + "' is not ok or city_only");
            }
            String area = row.optional("核准面积_公顷");
            Double areaHa = area == null ? null : row.decimal("核准面积_公顷", 0, 1_000_000);
            String approved = row.optional("批准时间");
            Zone zone = new Zone(row.number(), code, name, row.required("省份"), row.optional("城市/区县"), level.equals("国务院"),
                    type, approved, areaHa, row.optional("主导产业"), row.decimal("经度_WGS84", 73, 136),
                    row.decimal("纬度_WGS84", 3, 54), row.optional("地理编码精度"), status.equals("city_only"));
            Long first = keys.putIfAbsent(zone.key(), row.number());
            if (first != null) {
                throw row.invalid("开发区名称", "'" + name + "' with code " + code + " appears twice (first at row " + first + ")");
            }
            Zone sameCode = codes.putIfAbsent(code, zone);
            if (sameCode != null) {
                flags.add(new DataQuality.Flag(FILE, row.number(), code + " " + name, "ZONE_DUPLICATE_CODE",
                        "代码 " + code + " 也用于第 " + sameCode.row() + " 行（" + sameCode.nameZh() + "）；两行均保留，以（代码，名称）区分",
                        "code " + code + " is also used at row " + sameCode.row() + " (" + sameCode.nameZh()
                                + "); both rows kept, keyed by (code, name)"));
            }
            if (approved != null && approved.contains("/")) {
                flags.add(new DataQuality.Flag(FILE, row.number(), code + " " + name, "ZONE_TWO_DATES",
                        "批准时间写有两个日期 '" + approved + "'，按原样保留", "the approval date holds two dates '" + approved
                                + "', kept as written"));
            }
            zones.add(zone);
        }
        return new Parsed(zones, flags);
    }
}
