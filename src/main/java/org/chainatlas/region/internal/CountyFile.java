package org.chainatlas.region.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.chainatlas.platform.data.CsvTable;

/** The county-level units (code, name, prefecture-level parent) used to resolve place names; validated whole. */
final class CountyFile {

    static final String FILE = "data/regions/counties.csv";
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    record County(String code, String nameZh, String parentCode) {
    }

    private CountyFile() {
    }

    static List<County> load(Set<String> regionCodes) {
        return parse(CsvTable.fromClasspath(FILE, "code", "name_zh", "parent_code"), regionCodes);
    }

    static List<County> parse(CsvTable table, Set<String> regionCodes) {
        List<County> counties = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.required("code");
            if (!CODE.matcher(code).matches()) {
                throw row.invalid("code", "'" + code + "' is not a 6-digit GB/T 2260 code");
            }
            if (!codes.add(code)) {
                throw row.invalid("code", code + " appears twice");
            }
            String parent = row.required("parent_code");
            if (!regionCodes.contains(parent)) {
                throw row.invalid("parent_code", "'" + parent + "' is not a region of regions.csv");
            }
            counties.add(new County(code, row.required("name_zh"), parent));
        }
        return counties;
    }
}
