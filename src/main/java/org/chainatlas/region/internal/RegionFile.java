package org.chainatlas.region.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.region.RegionLevel;

/**
 * Parses and validates the regions file as a whole: a single bad row rejects the file, naming the row and
 * column, before anything is written.
 */
final class RegionFile {

    static final String REGIONS = "data/regions/regions.csv";
    static final String MAP_NAMES = "data/regions/map-names.csv";
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private RegionFile() {
    }

    static List<RegionRow> load() {
        return parse(CsvTable.fromClasspath(REGIONS, "code", "name_zh", "name_en", "level", "parent_code", "lng", "lat", "coord_source"),
                CsvTable.fromClasspath(MAP_NAMES, "code", "map_name"));
    }

    static List<RegionRow> parse(CsvTable regions, CsvTable mapNames) {
        Map<String, String> names = new HashMap<>();
        for (CsvTable.Row row : mapNames.rows()) {
            names.put(row.required("code"), row.optional("map_name"));
        }
        Map<String, RegionRow> byCode = new LinkedHashMap<>();
        Map<String, Long> rowOf = new HashMap<>();
        for (CsvTable.Row row : regions.rows()) {
            String code = row.required("code");
            if (!CODE.matcher(code).matches()) {
                throw row.invalid("code", "'" + code + "' is not a 6-digit GB/T 2260 code");
            }
            if (byCode.containsKey(code)) {
                throw row.invalid("code", code + " appears twice (first at row " + rowOf.get(code) + ")");
            }
            RegionLevel level;
            try {
                level = RegionLevel.valueOf(row.required("level"));
            } catch (IllegalArgumentException e) {
                throw row.invalid("level", "'" + row.required("level") + "' is not one of PROVINCE, PREFECTURE, COUNTY_UNDER_PROVINCE");
            }
            String parent = row.optional("parent_code");
            if (level == RegionLevel.PROVINCE && parent != null) {
                throw row.invalid("parent_code", "a province has no parent");
            }
            if (level != RegionLevel.PROVINCE && parent == null) {
                throw row.invalid("parent_code", "a " + level + " needs its province as parent");
            }
            if (parent != null && !parent.equals(code.substring(0, 2) + "0000")) {
                throw row.invalid("parent_code", parent + " is not the province of " + code);
            }
            double lng = row.decimal("lng", 73, 136);
            double lat = row.decimal("lat", 3, 54);
            byCode.put(code, new RegionRow(code, row.required("name_zh"), row.required("name_en"), level, parent,
                    lng, lat, names.get(code), row.required("coord_source")));
            rowOf.put(code, row.number());
        }
        List<RegionRow> result = new ArrayList<>(byCode.values());
        for (RegionRow region : result) {
            if (region.parentCode() != null) {
                RegionRow parent = byCode.get(region.parentCode());
                if (parent == null || parent.level() != RegionLevel.PROVINCE) {
                    throw DataFileInvalid.at(regions.file(), rowOf.get(region.code()), "parent_code",
                            "parent " + region.parentCode() + " is not a province in this file");
                }
            }
        }
        result.sort((a, b) -> a.level() == b.level() ? a.code().compareTo(b.code()) : a.level().compareTo(b.level()));
        return result;
    }
}
