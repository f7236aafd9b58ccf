package org.chainatlas.enterprise.internal;

import java.util.List;
import java.util.Map;

import org.chainatlas.enterprise.EnterpriseHit;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.enterprise.EnterpriseSearch;
import org.chainatlas.enterprise.EnterpriseTag;
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
 * The enterprise search index: searched with Chinese analysers, rebuilt by the mass indexer when it does not
 * match the database (rows written by bulk loads or Flyway are not indexed automatically), kept current by
 * Hibernate Search on every change through JPA.
 */
@Component
@Order(50)
class EnterpriseSearchIndex implements EnterpriseSearch, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseSearchIndex.class);

    @PersistenceContext
    private EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final org.chainatlas.chain.Chains chains;
    private final org.chainatlas.region.Places places;

    EnterpriseSearchIndex(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, org.chainatlas.chain.Chains chains,
            org.chainatlas.region.Places places) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.chains = chains;
        this.places = places;
    }

    @Override
    public void run(ApplicationArguments args) {
        long stored = countStored();
        long indexed = countIndexed();
        if (stored != indexed) {
            log.info("Enterprise search index holds {} of {} enterprises: rebuilding", indexed, stored);
            rebuild();
        } else if (indexed > 0 && lacksStoredValues()) {
            log.info("Enterprise search index was built before hits were read from it or before plants were indexed "
                    + "(no stored region codes or sites): rebuilding");
            rebuild();
        }
    }

    long countStored() {
        Long count = jdbc.queryForObject("select count(*) from enterprise", Long.class);
        return count == null ? 0 : count;
    }

    long countIndexed() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em).search(Enterprise.class).where(f -> f.matchAll()).fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    /**
     * An index written before the fields a hit shows were stored, or before its sites (seat and plants) were: every
     * enterprise has a region and so at least one site, so one hit tells.
     */
    boolean lacksStoredValues() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            List<List<?>> hits = Search.session(em).search(Enterprise.class)
                    .select(f -> f.composite(f.field("hqRegionCode", String.class), f.field("site", String.class).list()))
                    .where(f -> f.matchAll()).fetchHits(1);
            if (!hits.isEmpty() && (hits.getFirst().get(0) == null || ((List<?>) hits.getFirst().get(1)).isEmpty())) {
                return true;
            }
            // built before hits found by place were ordered by size: every document has one (0 where unknown)
            return !hits.isEmpty() && Search.session(em).search(Enterprise.class).where(f -> f.exists().field("size")).fetchTotalHitCount() == 0;
        } finally {
            em.close();
        }
    }

    /** Rebuilds the whole enterprise index from the database. */
    void rebuild() {
        long started = System.nanoTime();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Search.session(em).massIndexer(Enterprise.class)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(1000)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("enterprise indexing interrupted", e);
        } finally {
            em.close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        org.chainatlas.platform.demo.Progress.record("enterprises: search index", seconds);
        log.info("Enterprise search index rebuilt in {} s", String.format("%.1f", seconds));
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<EnterpriseHit> search(EnterpriseQuery query) {
        SearchSession session = Search.session(entityManager);
        int size = Math.max(1, Math.min(query.size(), 100));
        int page = Math.max(0, query.page());
        String text = query.text() == null ? "" : query.text().strip();
        Wanted wanted = wanted(query, text);
        SearchResult<List<?>> result;
        try {
            result = run(session, wanted, page, size);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw org.chainatlas.platform.InvalidInput.coded("q", "error.searchTooLong", "the search text is too long or has too many parts; use fewer words");
        }
        List<List<?>> rows = result.hits();
        // the segment text as matched, or, where the search did not match it, the segment names (one read for the page)
        Map<Long, String> segments = new java.util.HashMap<>();
        List<Long> unmatched = new java.util.ArrayList<>();
        // the segment text is indexed in Chinese: an English reader gets the segments' English names instead
        boolean english = org.chainatlas.platform.web.Localized.english();
        for (List<?> row : rows) {
            String highlight = english ? null : first(row.get(H_SEGMENTS));
            if (highlight != null && !highlight.isBlank()) {
                segments.put((Long) row.get(H_ID), highlight);
            } else {
                unmatched.add((Long) row.get(H_ID));
            }
        }
        segments.putAll(segmentNames(unmatched));
        List<EnterpriseHit> hits = rows.stream().map(row -> {
            long id = (Long) row.get(H_ID);
            String seat = (String) row.get(H_REGION);
            return new EnterpriseHit(id, (String) row.get(H_NAME), seat, tags(row.get(H_TAGS)),
                    strings(row.get(H_CHAINS)), first(row.get(H_NAME_HIGHLIGHT)), segments.get(id), (Float) row.get(H_SCORE),
                    wanted.plantAt(seat, strings(row.get(H_SITES))));
        }).toList();
        long total = result.total().hitCount();
        return new PageView<>(hits, page, size, total, (int) ((total + size - 1) / size));
    }

    // positions in a hit's projection
    private static final int H_ID = 0;
    private static final int H_NAME = 1;
    private static final int H_REGION = 2;
    private static final int H_TAGS = 3;
    private static final int H_CHAINS = 4;
    private static final int H_NAME_HIGHLIGHT = 5;
    private static final int H_SEGMENTS = 6;
    private static final int H_SCORE = 7;
    private static final int H_SITES = 8;

    /**
     * What a search asks for once its text is read: the words that name a place exactly (宜宾, 四川, Yibin) — each
     * matches the texts as any word does, or an enterprise with its seat or a plant there — the rest of the text, and
     * the code prefixes of the places asked for (those words' regions and the filter's region).
     */
    record Wanted(EnterpriseQuery query, String rest, List<PlaceWord> placeWords, List<String> places,
            Map<String, String> englishSegments) {

        Wanted(EnterpriseQuery query, String rest, List<PlaceWord> placeWords, List<String> places) {
            this(query, rest, placeWords, places, Map.of());
        }

        /** The site through which a hit is in the places asked for, when its seat is not: the plant to show. */
        String plantAt(String seat, List<String> sites) {
            if (places.isEmpty() || seat != null && places.stream().anyMatch(seat::startsWith)) {
                return null;
            }
            return sites.stream().filter(site -> places.stream().anyMatch(site::startsWith)).findFirst().orElse(null);
        }
    }

    Wanted wanted(EnterpriseQuery query, String text) {
        List<PlaceWord> placeWords = new java.util.ArrayList<>();
        List<String> rest = new java.util.ArrayList<>();
        // only plain words: with search syntax (quotes, operators, prefixes) the text is left as it was written
        if (!text.isEmpty() && text.chars().noneMatch(c -> SYNTAX.indexOf(c) >= 0)) {
            for (String word : text.split("\\s+")) {
                java.util.Optional<org.chainatlas.region.RegionView> place = places.named(word);
                if (place.isPresent()) {
                    placeWords.add(new PlaceWord(word, place.get().codePrefix()));
                } else {
                    rest.add(word);
                }
            }
        }
        if (placeWords.isEmpty()) {
            rest = text.isEmpty() ? List.of() : List.of(text);
        }
        List<String> asked = new java.util.ArrayList<>();
        placeWords.forEach(p -> asked.add(p.prefix()));
        String filter = org.chainatlas.region.RegionView.prefixOf(query.regionCode());
        if (filter != null) {
            asked.add(filter);
        }
        // an English word naming a segment (battery, lithium, photovoltaic) also finds the enterprises working in it: their
        // texts are Chinese, so "battery" found one company whose English name has the word
        Map<String, String> english = new java.util.LinkedHashMap<>();
        if (!text.isEmpty() && text.chars().noneMatch(c -> SYNTAX.indexOf(c) >= 0)) {
            for (String word : String.join(" ", rest).split("\\s+")) {
                List<String> names = segmentsNamedInEnglish(word);
                if (!names.isEmpty()) {
                    english.put(word, String.join(" ", names));
                }
            }
        }
        return new Wanted(query, String.join(" ", rest), List.copyOf(placeWords), List.copyOf(asked), Map.copyOf(english));
    }

    /**
     * The Chinese names of the segments whose English name has this word, singular or plural ("batteries" → 动力电池电芯,
     * 电池包 …); none for a word under three letters or not in Latin letters.
     */
    List<String> segmentsNamedInEnglish(String word) {
        if (!word.matches("[A-Za-z]{3,}")) {
            return List.of();
        }
        String wanted = stem(word);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (org.chainatlas.chain.ChainView chain : chains.all()) {
            for (org.chainatlas.chain.ChainNodeView node : chains.nodes(chain.code())) {
                if (node.nameEn() != null && java.util.Arrays.stream(node.nameEn().split("[^A-Za-z]+")).map(EnterpriseSearchIndex::stem)
                        .anyMatch(wanted::equals)) {
                    names.add(node.nameZh());
                }
            }
        }
        return List.copyOf(names);
    }

    private static String stem(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * The score of a seat or plant in a place the text names: a flat score, so that hits there differ by their texts
     * and then by size (see the sort), not by how often the place's code is indexed.
     */
    static final float PLACE_BOOST = 0.5f;

    /** A word of the search text naming a place, and the code prefix of the place. */
    record PlaceWord(String word, String prefix) {
    }

    /** Characters of the search syntax ({@link org.chainatlas.platform.search.SearchSyntax#FLAGS}). */
    private static final String SYNTAX = "\"+-|*()~\\";

    private SearchResult<List<?>> run(SearchSession session, Wanted wanted, int page, int size) {
        // A hit is read from the index alone (stored fields and highlights): no entity is loaded from the database.
        // The name is highlighted through its bigram field: cheaper than re-running smartcn on every hit (7% less time
        // per query in a same-run A/B at 1M enterprises, docs/BENCHMARKS.md) and it marks the word wherever it occurs.
        return session.search(Enterprise.class)
                .select(f -> f.composite(f.id(Long.class), f.field("nameZh", String.class), f.field("hqRegionCode", String.class),
                        f.field("tag", String.class).list(), f.field("chain", String.class).list(), f.highlight("nameZh_bigram"),
                        f.highlight("segmentText"), f.score(), f.field("site", String.class).list()))
                .where((f, root) -> where(f, root, wanted))
                // found by place, many hits score alike (a seat or plant there): the largest first, not index order
                .sort(f -> wanted.placeWords().isEmpty() ? f.score() : f.score().then().field("size").desc())
                .highlighter(f -> f.plain().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .numberOfFragments(1).fragmentSize(80).noMatchSize(0))
                .fetch(org.chainatlas.platform.PageView.searchOffset(page, size), size);
    }

    private static void where(org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?> root, Wanted wanted) {
        EnterpriseQuery query = wanted.query();
        root.add(f.matchAll().except(f.match().field("deleted").matching(true)));
        java.util.Optional<List<String>> codes = org.chainatlas.enterprise.StockCodes.candidates(wanted.rest().strip());
        if (codes.isPresent()) {
            // a stock code (002422, 002422.SZ) finds the enterprise it names (fact check 128: a code found nothing)
            root.add(f.terms().field("stockCode").matchingAny(codes.get()));
        } else if (!wanted.rest().isEmpty()) {
            List<String> plain = new java.util.ArrayList<>();
            for (String word : wanted.englishSegments().isEmpty() ? List.of(wanted.rest()) : List.of(wanted.rest().split("\\s+"))) {
                String segments = wanted.englishSegments().get(word);
                if (segments == null) {
                    plain.add(word);
                } else {
                    // the word in the texts (an English name) or a segment so named in English, by its Chinese name
                    root.add(f.or(text(f, word), f.match().field("segmentText").matching(segments)));
                }
            }
            if (!plain.isEmpty()) {
                root.add(text(f, String.join(" ", plain)));
            }
        }
        // a place named in the text: the word in the texts (宜宾 in 宜宾五粮液's name) or a seat or plant there (宁德时代)
        for (PlaceWord place : wanted.placeWords()) {
            org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep there = f.match().field("place").matching(place.prefix());
            if (wanted.rest().isEmpty()) {
                // the place alone: who is there (seat or plant) alike, before those whose texts only name it; the sort
                // then lists the largest first — a text naming 宜宾 is no better evidence than a plant there
                root.add(f.or(f.bool().must(there).constantScore().boost(2f),
                        f.bool().must(text(f, place.word())).mustNot(there).constantScore().boost(1f)));
            } else {
                root.add(f.or(text(f, place.word()), f.bool().must(there).constantScore().boost(PLACE_BOOST)));
            }
        }
        String prefix = org.chainatlas.region.RegionView.prefixOf(query.regionCode());
        if (prefix != null) {
            root.add(f.match().field("place").matching(prefix));
        }
        if (query.chainCode() != null && !query.chainCode().isBlank()) {
            root.add(f.match().field("chain").matching(query.chainCode()));
        }
        if (query.tag() != null) {
            root.add(f.match().field("tag").matching(query.tag().name()));
        }
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep text(
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .field("nameZh").boost(3f).field("nameZh_bigram").boost(2f)
                .field("segmentText").boost(1.5f).field("segmentText_bigram")
                .field("descriptionZh").field("mainBusinessZh").field("nameEn")
                .matching(text).defaultOperator(BooleanOperator.AND).flags(org.chainatlas.platform.search.SearchSyntax.FLAGS);
    }

    /**
     * The segments shown for hits whose segment text the search did not match (all hits for an English reader): the
     * names of the segments each works in, in the reader's language (HTML-escaped, like the highlighter's output; at
     * most 80 characters), read in one query for the page.
     */
    Map<Long, String> segmentNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, java.util.Set<String>> names = new java.util.HashMap<>();
        org.chainatlas.platform.data.ArrayQuery.query(jdbc, "select s.enterprise_id, s.node_id from unnest(?) as u(id) "
                + "join enterprise_segment s on s.enterprise_id = u.id order by s.enterprise_id, s.id", "bigint", ids.toArray(), rs -> {
                    long id = rs.getLong(1);
                    chains.node(rs.getLong(2)).ifPresent(node -> names.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>())
                            .add(node.name()));
                });
        Map<Long, String> shown = new java.util.HashMap<>();
        String separator = org.chainatlas.platform.web.Localized.english() ? ", " : "、";
        names.forEach((id, set) -> {
            String joined = String.join(separator, set);
            shown.put(id, org.springframework.web.util.HtmlUtils.htmlEscape(joined.length() > 80 ? joined.substring(0, 80) + "…" : joined,
                    "UTF-8"));
        });
        return shown;
    }

    private static List<EnterpriseTag> tags(Object names) {
        return strings(names).stream().map(EnterpriseTag::valueOf).sorted().toList();
    }

    private static List<String> strings(Object values) {
        return values instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String first(Object highlights) {
        return highlights instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.getFirst()) : null;
    }
}
