package org.chainatlas.enterprise.internal;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.Uscc;
import org.chainatlas.enterprise.internal.DemoEnterpriseGenerator.Planned;
import org.chainatlas.enterprise.internal.DemoEnterpriseGenerator.PlannedSegment;
import org.chainatlas.platform.data.CsvTable;

/**
 * The real enterprises and plants named in the seed articles (e.g. CATL in Yibin, BYD blade batteries in
 * Bishan, BOE's AMOLED line in Chengdu), each row one plant in one chain segment. Their USCCs are not
 * published in the articles, so a synthetic valid code is composed; they are flagged demo like the rest.
 */
final class SeedEnterprises {

    static final String FILE = "data/demo/seed-enterprises.csv";

    private SeedEnterprises() {
    }

    static List<Planned> load(Chains chains, org.chainatlas.region.Regions regions) {
        CsvTable table = CsvTable.fromClasspath(FILE, "name_zh", "hq_region_code", "chain_code", "node_code",
                "facility_region_code", "fact_zh", "source");
        List<Planned> planned = new ArrayList<>();
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.required("name_zh");
            String hq = row.required("hq_region_code");
            if (regions.find(hq).isEmpty()) {
                throw row.invalid("hq_region_code", "unknown region code '" + hq + "'");
            }
            String facility = row.required("facility_region_code");
            if (regions.find(facility).isEmpty()) {
                throw row.invalid("facility_region_code", "unknown region code '" + facility + "'");
            }
            String chainCode = row.required("chain_code");
            if (chains.find(chainCode).isEmpty()) {
                throw row.invalid("chain_code", "unknown chain '" + chainCode + "'");
            }
            String nodeCode = row.required("node_code");
            ChainNodeView node = chains.nodes(chainCode).stream().filter(n -> n.code().equals(nodeCode)).findFirst()
                    .orElseThrow(() -> row.invalid("node_code", "chain '" + chainCode + "' has no segment '" + nodeCode + "'"));
            PlannedSegment segment = new PlannedSegment(node.id(), facility, "PRODUCES");
            Integer existing = byName.get(name);
            if (existing != null) {
                Planned before = planned.get(existing);
                List<PlannedSegment> segments = new ArrayList<>(before.segments());
                segments.add(segment);
                planned.set(existing, new Planned(before.nameZh(), before.uscc(), before.hqRegionCode(), true, segments));
            } else {
                byName.put(name, planned.size());
                String uscc = Uscc.compose(hq, 90_000_000L + planned.size()).value();
                planned.add(new Planned(name, uscc, hq, true, List.of(segment)));
            }
        }
        return planned;
    }
}
