package org.chainatlas.reference.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.reference.ChainSystemView;
import org.chainatlas.reference.ClusterView;
import org.chainatlas.reference.ZoneKind;
import org.chainatlas.reference.ZoneView;

/** Parses and validates the reference files; any bad row rejects its file before anything is stored. */
final class ReferenceFiles {

    static final String ZONES = "data/reference/national_dev_zones.csv";
    static final String CLUSTERS = "data/reference/advanced_manufacturing_clusters.csv";
    static final String CHAIN_SYSTEMS = "data/reference/key_industrial_chains.csv";

    private ReferenceFiles() {
    }

    static List<ZoneView> zones(CsvTable table, Predicate<String> regionExists) {
        List<ZoneView> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.required("name_zh");
            if (!names.add(name)) {
                throw row.invalid("name_zh", "'" + name + "' appears twice");
            }
            ZoneKind kind;
            try {
                kind = ZoneKind.valueOf(row.required("kind"));
            } catch (IllegalArgumentException e) {
                throw row.invalid("kind", "'" + row.required("kind") + "' is not ETDZ or HTZ");
            }
            rows.add(new ZoneView(0, name, kind, row.required("province_zh"), row.optional("city_zh"),
                    row.optional("leading_industries_zh"), row.optional("source_url"),
                    regionCode(row, "region_code", regionExists)));
        }
        return rows;
    }

    static List<ClusterView> clusters(CsvTable table, Predicate<String> regionExists) {
        List<ClusterView> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.required("name_zh");
            if (!names.add(name)) {
                throw row.invalid("name_zh", "'" + name + "' appears twice");
            }
            List<String> codes = Arrays.stream(row.required("region_codes").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).distinct().toList();
            for (String code : codes) {
                if (!regionExists.test(code)) {
                    throw row.invalid("region_codes", "unknown region code '" + code + "'");
                }
            }
            rows.add(new ClusterView(0, name, row.integer("batch_year"), row.required("provinces_zh"),
                    row.optional("cities_zh"), row.required("industry_zh"), row.optional("source_url"), codes));
        }
        return rows;
    }

    static List<ChainSystemView> chainSystems(CsvTable table, Predicate<String> regionExists) {
        List<ChainSystemView> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String level = row.required("level");
            if (!Set.of("cluster", "chain", "industry").contains(level)) {
                throw row.invalid("level", "'" + level + "' is not one of cluster, chain, industry");
            }
            ChainSystemView view = new ChainSystemView(0, row.required("region_zh"), row.required("system_name_zh"),
                    row.required("chain_name_zh"), level, row.optional("source_url"), regionCode(row, "region_code", regionExists));
            if (!keys.add(view.regionCode() + "|" + view.systemNameZh() + "|" + view.chainNameZh())) {
                throw row.invalid("chain_name_zh", "'" + view.chainNameZh() + "' appears twice in " + view.systemNameZh());
            }
            rows.add(view);
        }
        return rows;
    }

    private static String regionCode(CsvTable.Row row, String column, Predicate<String> regionExists) {
        String code = row.required(column);
        if (!regionExists.test(code)) {
            throw row.invalid(column, "unknown region code '" + code + "'");
        }
        return code;
    }
}
