package org.chainatlas.park.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chainatlas.account.Actor;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.park.ParkHit;
import org.chainatlas.platform.PageView;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

/**
 * Search over parks and opportunities (two indexes, results merged by score), and the index upkeep: rebuilt
 * by the mass indexer when it does not match the database (bulk-loaded rows are not indexed automatically).
 */
@Component
@Order(51)
class ParkSearchIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ParkSearchIndex.class);

    @PersistenceContext
    private EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final Chains chains;

    ParkSearchIndex(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, Chains chains) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.chains = chains;
    }

    @Override
    public void run(ApplicationArguments args) {
        long parks = count("park");
        long opportunities = count("opportunity");
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(em);
            long indexedParks = session.search(Park.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long indexedOpportunities = session.search(Opportunity.class).where(f -> f.matchAll()).fetchTotalHitCount();
            if (parks != indexedParks || opportunities != indexedOpportunities) {
                log.info("Park search index holds {} of {} parks and {} of {} opportunities: rebuilding", indexedParks, parks,
                        indexedOpportunities, opportunities);
                rebuild();
            }
        } finally {
            em.close();
        }
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }

    void rebuild() {
        long started = System.nanoTime();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Search.session(em).massIndexer(Park.class, Opportunity.class).threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("park indexing interrupted", e);
        } finally {
            em.close();
        }
        log.info("Park search index rebuilt in {} s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }

    @Transactional(readOnly = true)
    public PageView<ParkHit> search(String text, String regionCode, String chainCode, int page, int size) {
        try {
            return searchUnguarded(text, regionCode, chainCode, page, size);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw org.chainatlas.platform.InvalidInput.coded("q", "error.searchTooLong", "the search text is too long or has too many parts; use fewer words");
        }
    }

    private PageView<ParkHit> searchUnguarded(String text, String regionCode, String chainCode, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, 100));
        int from = org.chainatlas.platform.PageView.searchOffset(page, pageSize);
        String q = text == null ? "" : text.strip();
        String prefix = Actor.prefixOf(regionCode);
        SearchSession session = Search.session(entityManager);
        SearchResult<List<?>> parks = session.search(Park.class)
                .select(f -> f.composite(f.entity(), f.highlight("nameZh"), f.highlight("policiesZh"), f.score()))
                .where((f, root) -> {
                    root.add(f.matchAll().except(f.match().field("deleted").matching(true)));
                    if (!q.isEmpty()) {
                        root.add(f.simpleQueryString().field("nameZh").boost(3f).field("nameZh_bigram").boost(2f)
                                .field("policiesZh").field("nameEn").matching(q).defaultOperator(BooleanOperator.AND).flags(org.chainatlas.platform.search.SearchSyntax.FLAGS));
                    }
                    if (prefix != null) {
                        root.add(prefix.length() == 2 ? f.match().field("province").matching(prefix)
                                : f.match().field("regionCode").matching(regionCode));
                    }
                    if (chainCode != null && !chainCode.isBlank()) {
                        root.add(f.match().field("chain").matching(chainCode));
                    }
                })
                .highlighter(f -> f.plain().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .numberOfFragments(1).fragmentSize(80))
                .fetch(0, from + pageSize);
        List<String> chainNodes = chainCode == null || chainCode.isBlank() || chains.find(chainCode).isEmpty() ? List.of()
                : chains.nodes(chainCode).stream().map(ChainNodeView::id).map(String::valueOf).toList();
        SearchResult<List<?>> opportunities = session.search(Opportunity.class)
                .select(f -> f.composite(f.entity(), f.highlight("titleZh"), f.highlight("segmentText"), f.score()))
                .where((f, root) -> {
                    root.add(f.matchAll().except(f.match().field("deleted").matching(true))
                            .except(f.match().field("park.deleted").matching(true)));
                    if (!q.isEmpty()) {
                        root.add(f.simpleQueryString().field("titleZh").boost(3f).field("titleZh_bigram").boost(2f)
                                .field("segmentText").boost(1.5f).field("segmentText_bigram").field("descriptionZh")
                                .field("park.nameZh").field("titleEn").matching(q).defaultOperator(BooleanOperator.AND).flags(org.chainatlas.platform.search.SearchSyntax.FLAGS));
                    }
                    if (prefix != null) {
                        root.add(prefix.length() == 2 ? f.match().field("park.province").matching(prefix)
                                : f.match().field("park.regionCode").matching(regionCode));
                    }
                    if (!chainNodes.isEmpty()) {
                        root.add(f.terms().field("node").matchingAny(chainNodes));
                    } else if (chainCode != null && !chainCode.isBlank()) {
                        root.add(f.match().field("node").matching("-1"));
                    }
                })
                .highlighter(f -> f.plain().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .numberOfFragments(1).fragmentSize(80))
                .fetch(0, from + pageSize);
        List<ParkHit> merged = new ArrayList<>();
        for (List<?> row : parks.hits()) {
            Park p = (Park) row.get(0);
            merged.add(new ParkHit(ParkHit.Type.PARK, p.id(), p.id(), p.nameZh(), p.regionCode(),
                    p.chainCodes().isEmpty() ? null : p.chainCodes().getFirst(), first(row.get(1)), first(row.get(2)),
                    (Float) row.get(3)));
        }
        for (List<?> row : opportunities.hits()) {
            Opportunity o = (Opportunity) row.get(0);
            String chain = chains.node(o.nodeId()).map(ChainNodeView::chainCode).orElse(null);
            merged.add(new ParkHit(ParkHit.Type.OPPORTUNITY, o.id(), o.park().id(), o.titleZh(), o.park().regionCode(),
                    chain, first(row.get(1)), first(row.get(2)), (Float) row.get(3)));
        }
        merged.sort(Comparator.comparing(ParkHit::score).reversed().thenComparing(ParkHit::type).thenComparing(ParkHit::id));
        long total = parks.total().hitCount() + opportunities.total().hitCount();
        List<ParkHit> content = merged.stream().skip(from).limit(pageSize).toList();
        return new PageView<>(content, Math.max(0, page), pageSize, total, (int) ((total + pageSize - 1) / pageSize));
    }

    private static String first(Object highlights) {
        return highlights instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.getFirst()) : null;
    }
}
