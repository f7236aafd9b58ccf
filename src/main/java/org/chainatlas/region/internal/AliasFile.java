package org.chainatlas.region.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.platform.data.CsvTable;

/**
 * Other names of places that no rule derives from the official name: the divisions of the Xinjiang Production and
 * Construction Corps by the city each one is merged with (第七师 is 胡杨河市), a county's customary short name (和丰 for
 * 和布克赛尔). Each row gives its basis; validated whole.
 */
final class AliasFile {

    static final String FILE = "data/regions/aliases.csv";

    /** {@code TEXT}: found anywhere in a text; {@code WHOLE_NAME}: only as a whole name (和丰 is also in 和丰富). */
    enum Scope {
        TEXT, WHOLE_NAME
    }

    /** An alias of a region of regions.csv, or of a county (then {@code regionCode} is the county's parent). */
    record Alias(String aliasZh, String regionCode, Scope scope) {
    }

    private AliasFile() {
    }

    static List<Alias> load(Set<String> regionCodes, List<CountyFile.County> counties) {
        return parse(CsvTable.fromClasspath(FILE, "alias_zh", "region_code", "scope", "basis"), regionCodes, counties);
    }

    static List<Alias> parse(CsvTable table, Set<String> regionCodes, List<CountyFile.County> counties) {
        Map<String, String> countyParent = new java.util.HashMap<>();
        counties.forEach(c -> countyParent.put(c.code(), c.parentCode()));
        List<Alias> aliases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String alias = row.required("alias_zh");
            if (alias.length() < 2) {
                throw row.invalid("alias_zh", "'" + alias + "' is shorter than two characters");
            }
            if (!seen.add(alias)) {
                throw row.invalid("alias_zh", alias + " appears twice");
            }
            String code = row.required("region_code");
            String region = regionCodes.contains(code) ? code : countyParent.get(code);
            if (region == null) {
                throw row.invalid("region_code", "'" + code + "' is neither a region of regions.csv nor a county of counties.csv");
            }
            String scope = row.required("scope");
            Scope parsed;
            try {
                parsed = Scope.valueOf(scope);
            } catch (IllegalArgumentException e) {
                throw row.invalid("scope", "'" + scope + "' is not TEXT or WHOLE_NAME");
            }
            row.required("basis");
            aliases.add(new Alias(alias, region, parsed));
        }
        return aliases;
    }
}
