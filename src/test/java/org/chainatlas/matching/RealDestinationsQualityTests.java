package org.chainatlas.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quality check of site recommendation against real projects from the seed articles (rockets in Ziyang,
 * batteries in Yibin and Bishan, AMOLED in Chengdu, drones in Mianyang and Harbin, …): for each, the
 * enterprise's segment is ranked inside the destination's province (the enterprise was courted at that
 * province's event) with the default weights and the enterprise itself left out of the counts, and the rank of
 * the real destination city among cities (best park per city) is reported. Prints the table and hit@10.
 */
@AtlasTest
class RealDestinationsQualityTests {

    @Autowired
    Matching matching;
    @Autowired
    JdbcTemplate jdbc;

    record Outcome(String enterprise, String destination, int cityRank, int cities) {
    }

    @Test
    void realDestinationsRankHighAmongTheirProvincesCities() {
        CsvTable table = CsvTable.fromClasspath("quality/real-destinations.csv", "enterprise_name", "chain_code", "node_code",
                "destination_region_code", "fact", "source");
        List<Outcome> outcomes = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            long node = jdbc.queryForObject("select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = ? and n.code = ?",
                    Long.class, row.required("chain_code"), row.required("node_code"));
            Long enterprise = jdbc.queryForObject("select min(id) from enterprise where name_zh = ?", Long.class,
                    row.required("enterprise_name"));
            String destination = row.required("destination_region_code");
            String province = destination.substring(0, 2) + "0000";
            SiteRecommendation result = matching.sites(new SiteQuery(node, null, null, null, List.of(province), false, null,
                    Weights.DEFAULT, enterprise, 500));
            Set<String> cities = new LinkedHashSet<>();
            result.sites().forEach(s -> cities.add(s.regionCode()));
            int rank = new ArrayList<>(cities).indexOf(destination) + 1;
            outcomes.add(new Outcome(row.required("enterprise_name"), destination, rank == 0 ? Integer.MAX_VALUE : rank,
                    cities.size()));
        }
        long hits = outcomes.stream().filter(o -> o.cityRank() <= 10).count();
        double hitAt10 = (double) hits / outcomes.size();
        StringBuilder report = new StringBuilder("\nReal destinations — city rank within the province (best park per city):\n");
        outcomes.forEach(o -> report.append(String.format("  %-28s %s  rank %s of %d%n", o.enterprise(), o.destination(),
                o.cityRank() == Integer.MAX_VALUE ? "–" : String.valueOf(o.cityRank()), o.cities())));
        List<Outcome> nonTrivial = outcomes.stream().filter(o -> o.cities() > 1).toList();
        long nonTrivialHits = nonTrivial.stream().filter(o -> o.cityRank() <= 10).count();
        report.append(String.format("hit@10 = %d/%d = %.2f (cases with more than one candidate city: %d/%d)%n", hits,
                outcomes.size(), hitAt10, nonTrivialHits, nonTrivial.size()));
        System.out.println(report);
        assertThat(outcomes).hasSize(11);
        assertThat(hitAt10).as(report.toString()).isGreaterThanOrEqualTo(0.6);
    }
}
