package org.chainatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chainatlas.enterprise.EnterpriseHit;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.enterprise.EnterpriseSearch;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Search relevance on a judged query set (issue 15, item 2): 30 queries over the real listed companies, each with the
 * companies a user expects (src/test/resources/evaluation/judged-search-queries.csv: 15 short names, each expecting
 * its company; 15 products, each expecting the companies whose main business makes it, judged by reading their
 * texts). Precision@10 of a query: of its first ten hits, the judged ones, over min(10, judged). The figures go to
 * target/evaluation/search.md (recorded in docs/EVALUATION.md), with floors a little under them.
 */
@AtlasTest
// its own database: the figures are those of the default data, whatever other tests of the run have added
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=evaluation")
class SearchRelevanceTest {

    @Autowired
    EnterpriseSearch search;

    record Judged(String query, String kind, Set<String> relevant) {
    }

    static List<Judged> judged() throws IOException {
        List<Judged> list = new ArrayList<>();
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/evaluation/judged-search-queries.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", 4);
                list.add(new Judged(cells[0], cells[1], Set.of(cells[2].split("；"))));
            }
        }
        return list;
    }

    @Test
    void judgedQueriesFindWhatUsersExpect() throws IOException {
        List<Judged> queries = judged();
        assertThat(queries).hasSize(30);
        StringBuilder table = new StringBuilder("| query | kind | judged | judged in top 10 | precision@10 | first hit |\n"
                + "|---|---|---:|---:|---:|---|\n");
        double sum = 0;
        double navigational = 0;
        double topical = 0;
        int firstRight = 0;
        for (Judged q : queries) {
            List<EnterpriseHit> hits = search.search(new EnterpriseQuery(q.query(), null, null, null, 0, 10)).content();
            long found = hits.stream().filter(h -> q.relevant().contains(h.nameZh())).count();
            double precision = found / (double) Math.min(10, q.relevant().size());
            sum += precision;
            if (q.kind().equals("navigational")) {
                navigational += precision;
                if (!hits.isEmpty() && q.relevant().contains(hits.getFirst().nameZh())) {
                    firstRight++;
                }
            } else {
                topical += precision;
            }
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f | %s |%n", q.query(), q.kind(), q.relevant().size(), found,
                    precision, hits.isEmpty() ? "–" : hits.getFirst().nameZh()));
        }
        double mean = sum / queries.size();
        String report = String.format(Locale.ROOT, """
                ## Search relevance: 30 judged queries over the listed companies

                Precision@10 (judged hits in the first ten ÷ min(10, judged)): **all %.3f**, short names %.3f (the company
                first for %d of 15), products %.3f.

                """, mean, navigational / 15, firstRight, topical / 15) + table;
        Files.createDirectories(Path.of("target/evaluation"));
        Files.writeString(Path.of("target/evaluation/search.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(firstRight).as("short names find their company first").isGreaterThanOrEqualTo(14);
        assertThat(mean).as("precision@10 over the judged set").isGreaterThanOrEqualTo(0.85);
    }
}
