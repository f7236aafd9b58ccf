package org.chainatlas.region.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.region.Census;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Parses and validates the census file whole: every row's code must be a known region (the municipalities'
 * {@code xx0100} rows are joined to their province rows), its figures numbers, its boundary valid WKT. One bad
 * cell rejects the file, naming row and column.
 */
final class CensusFile {

    static final String FILE = "data/real/city_census_2010_2020.csv";

    record Row(Census census, Geometry boundary) {
    }

    private CensusFile() {
    }

    static List<Row> load(Set<String> regionCodes) {
        return parse(CsvTable.fromClasspath(FILE, "city", "city_code", "province_code", "popu_2020", "popu_2010",
                "popu_urban_2020", "age_15_59_2020", "coord"), regionCodes);
    }

    static List<Row> parse(CsvTable table, Set<String> regionCodes) {
        WKTReader reader = new WKTReader(new GeometryFactory());
        List<Row> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.required("city_code");
            String province = code.length() == 6 ? code.substring(0, 2) + "0000" : "";
            if (org.chainatlas.region.RegionView.MUNICIPALITIES.contains(province) && code.endsWith("0100")) {
                code = province;
            }
            if (!regionCodes.contains(code)) {
                throw row.invalid("city_code", "'" + row.required("city_code") + "' is not a known region code");
            }
            Long first = seen.putIfAbsent(code, row.number());
            if (first != null) {
                throw row.invalid("city_code", code + " appears twice (first at row " + first + ")");
            }
            Long population = count(row, "popu_2020");
            Long population2010 = count(row, "popu_2010");
            Long urban = count(row, "popu_urban_2020");
            Double workingAge = row.optional("age_15_59_2020") == null ? null : row.decimal("age_15_59_2020", 0, 100);
            Geometry boundary;
            try {
                boundary = reader.read(row.required("coord"));
            } catch (ParseException | IllegalArgumentException e) {
                throw row.invalid("coord", "is not a valid WKT polygon: " + e.getMessage());
            }
            if (boundary.isEmpty() || boundary.getDimension() != 2) {
                throw row.invalid("coord", "is not a polygon");
            }
            rows.add(new Row(new Census(code, population, population2010, urban, workingAge), boundary));
        }
        return rows;
    }

    private static Long count(CsvTable.Row row, String column) {
        return row.optional(column) == null ? null : (long) row.decimal(column, 0, 1e9);
    }
}
