package org.chainatlas.enterprise.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.region.Regions;

/**
 * The real enterprises and plants named in the seed articles (e.g. CATL in Yibin, BYD blade batteries in
 * Bishan, BOE's AMOLED line in Chengdu), each row one plant in one chain segment, with their real HQ cities; a row
 * without a facility region is a report that names the company and no plant of it (its words and source are kept, no
 * plant or segment made of them). Their USCCs are not published in the articles and are left empty; each plant cites
 * its article.
 */
final class SeedEnterprises {

    static final String FILE = "data/demo/seed-enterprises.csv";

    /** A seed enterprise with its plants: (node, facility region) pairs, each with the article's words about it. */
    record Seed(String nameZh, String hqRegionCode, int tags, List<Plant> plants, String factZh, String source) {
    }

    record Plant(ChainNodeView node, String regionCode, String factZh, String source) {
    }

    private SeedEnterprises() {
    }

    static List<Seed> load(Chains chains, Regions regions) {
        CsvTable table = CsvTable.fromClasspath(FILE, "name_zh", "hq_region_code", "chain_code", "node_code",
                "facility_region_code", "tags", "fact_zh", "source");
        Map<String, Seed> byName = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.required("name_zh");
            String hq = row.required("hq_region_code");
            if (regions.find(hq).isEmpty()) {
                throw row.invalid("hq_region_code", "unknown region code '" + hq + "'");
            }
            // a report that names no plant of the company (特锐德's: it spoke at the event) gives it none
            String facility = row.optional("facility_region_code");
            if (facility != null && regions.find(facility).isEmpty()) {
                throw row.invalid("facility_region_code", "unknown region code '" + facility + "'");
            }
            String chainCode = row.required("chain_code");
            if (chains.find(chainCode).isEmpty()) {
                throw row.invalid("chain_code", "unknown chain '" + chainCode + "'");
            }
            String nodeCode = row.required("node_code");
            ChainNodeView node = chains.nodes(chainCode).stream().filter(n -> n.code().equals(nodeCode)).findFirst()
                    .orElseThrow(() -> row.invalid("node_code", "chain '" + chainCode + "' has no segment '" + nodeCode + "'"));
            int tags = 0;
            String tagText = row.optional("tags");
            if (tagText != null) {
                for (String tag : tagText.split(";")) {
                    try {
                        tags |= EnterpriseTag.valueOf(tag.strip()).bit();
                    } catch (IllegalArgumentException e) {
                        throw row.invalid("tags", "'" + tag + "' is not an enterprise tag");
                    }
                }
            }
            Seed before = byName.get(name);
            List<Plant> plants = new ArrayList<>(before == null ? List.of() : before.plants());
            if (facility != null) {
                plants.add(new Plant(node, facility, row.required("fact_zh"), row.required("source")));
            }
            byName.put(name, new Seed(name, hq, before == null ? tags : before.tags() | tags, List.copyOf(plants),
                    before == null ? row.required("fact_zh") : before.factZh() + "；" + row.required("fact_zh"),
                    before == null || before.source().contains(row.required("source")) ? row.required("source")
                            : before.source() + "；" + row.required("source")));
        }
        return List.copyOf(byName.values());
    }
}
