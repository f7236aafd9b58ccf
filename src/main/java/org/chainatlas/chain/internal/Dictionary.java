package org.chainatlas.chain.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataFileInvalid;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The classifier's dictionary: for every chain its segments' names and keywords (from the chain files) and the
 * synonym file {@code data/chains/synonyms/<chain>.csv} (node_code or * for the chain, term, strength strong /
 * weak / exclude), plus {@code data/chains/industry-classes.csv}: which chains a company of an industry class
 * can plausibly produce in (core / possible / none), and, with a {@code chain/segment} code, segments a class does not
 * make although it works in their chain (a special-machinery company makes battery equipment, not cells; a parts
 * maker no vehicles). Files are validated whole; a bad row names file, row, column.
 */
final class Dictionary {

    /**
     * ZONE: weak in a zone's leading-industry phrase, nothing in a company's text (计算机 as a zone's industry is computer
     * making). COMPANY: weak in a company's text, nothing in a zone's phrase (电子元器件 as a zone's industry is electronics
     * in general, not aerospace components).
     */
    enum Strength { STRONG, WEAK, EXCLUDE, ZONE, COMPANY }

    enum Fit { CORE, POSSIBLE, NONE }

    /** A dictionary term: the text, the chain, the node (null: the chain as a whole) and how much it says. */
    record Term(String text, String chainCode, String nodeCode, Strength strength) {
    }

    static final String SYNONYMS = "data/chains/synonyms/";
    static final String INDUSTRY_CLASSES = "data/chains/industry-classes.csv";

    private final List<Term> terms;
    private final Map<String, Map<String, Fit>> industryFit;
    /**
     * Who supplies whom in the chains, as {@code chain/from>to}: a supply edge of the chain file, or two (芳源:
     * 锂电池三元正极材料前驱体 — precursors go into cathodes, cathodes into cells). Derived once from the edges.
     */
    private final Set<String> supplies;

    Dictionary(List<Term> terms, Map<String, Map<String, Fit>> industryFit, Set<String> edges) {
        this.terms = List.copyOf(terms);
        this.industryFit = industryFit;
        Set<String> supplies = new java.util.HashSet<>(edges);
        for (String first : edges) {
            String chainAndFrom = first.substring(0, first.indexOf('>') + 1);
            String middle = first.substring(0, first.indexOf('/') + 1) + first.substring(chainAndFrom.length()) + ">";
            for (String second : edges) {
                if (second.startsWith(middle)) {
                    supplies.add(chainAndFrom + second.substring(middle.length()));
                }
            }
        }
        this.supplies = Set.copyOf(supplies);
    }

    /** Whether segment {@code from} of the chain supplies its segment {@code to}, directly or through one segment. */
    boolean supplies(String chainCode, String from, String to) {
        return supplies.contains(chainCode + "/" + from + ">" + to);
    }

    List<Term> terms() {
        return terms;
    }

    /**
     * How plausible a chain is for a company of an industry class: CORE or POSSIBLE as listed, NONE for a class
     * listed with no chain, null when the class is unknown (not in the file) or the chain not listed for it.
     */
    Fit fit(String industryClass, String chainCode) {
        if (industryClass == null) {
            return null;
        }
        Map<String, Fit> chains = industryFit.get(industryClass.strip());
        if (chains == null) {
            return null;
        }
        Fit fit = chains.get(chainCode);
        if (fit != null) {
            return fit;
        }
        return chains.keySet().stream().anyMatch(k -> !k.contains("/")) ? Fit.NONE : null;
    }

    /** As {@link #fit(String, String)}, unless the class has a row of its own for the segment ({@code chain/segment}). */
    Fit fit(String industryClass, String chainCode, String nodeCode) {
        if (industryClass != null && nodeCode != null) {
            Map<String, Fit> chains = industryFit.get(industryClass.strip());
            Fit segment = chains == null ? null : chains.get(chainCode + "/" + nodeCode);
            if (segment != null) {
                return segment;
            }
        }
        return fit(industryClass, chainCode);
    }

    boolean knowsClass(String industryClass) {
        return industryClass != null && industryFit.containsKey(industryClass.strip());
    }

    /** The dictionary of the given chains with the synonym and industry-class files on the classpath. */
    static Dictionary load(List<ChainGraph> graphs) {
        Set<String> codes = new HashSet<>();
        graphs.forEach(g -> codes.add(g.chain().code()));
        Map<String, CsvTable> synonyms = new HashMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + SYNONYMS + "*.csv")) {
                String file = SYNONYMS + r.getFilename();
                String chain = r.getFilename().substring(0, r.getFilename().length() - 4);
                if (!codes.contains(chain)) {
                    throw new DataFileInvalid(file, "file", "names no chain of the atlas ('" + chain + "')");
                }
                CsvTable table = CsvTable.read(file, r.getInputStream());
                table.requireColumns("node_code", "term", "strength");
                synonyms.put(chain, table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(graphs, synonyms, CsvTable.fromClasspath(INDUSTRY_CLASSES, "industry", "chain_code", "fit"));
    }

    /** The dictionary of the given chains: names and keywords of their nodes, and each chain's synonym table if any. */
    static Dictionary of(List<ChainGraph> graphs, Map<String, CsvTable> synonymTables, CsvTable industryClasses) {
        // Keyed by chain, node and text: a synonym row replaces the strength its node's keyword would give the same text.
        Map<String, Term> terms = new java.util.LinkedHashMap<>();
        Set<String> chainCodes = new HashSet<>();
        Set<String> segmentCodes = new HashSet<>();
        Set<String> supplies = new HashSet<>();
        for (ChainGraph graph : graphs) {
            String chain = graph.chain().code();
            chainCodes.add(chain);
            graph.edges().forEach(e -> supplies.add(chain + "/" + e.from() + ">" + e.to()));
            Set<String> nodes = new HashSet<>();
            for (ChainNodeView node : graph.nodes()) {
                nodes.add(node.code());
                segmentCodes.add(chain + "/" + node.code());
                put(terms, new Term(normalise(node.nameZh()), chain, node.code(), Strength.STRONG));
                for (String keyword : node.keywords()) {
                    String k = normalise(keyword);
                    put(terms, new Term(k, chain, node.code(), k.codePointCount(0, k.length()) >= 3 ? Strength.STRONG : Strength.WEAK));
                }
            }
            put(terms, new Term(normalise(graph.chain().nameZh()), chain, null, Strength.STRONG));
            CsvTable synonyms = synonymTables.get(chain);
            if (synonyms != null) {
                Set<String> seen = new HashSet<>();
                for (CsvTable.Row row : synonyms.rows()) {
                    String node = row.required("node_code");
                    if (!node.equals("*") && !nodes.contains(node)) {
                        throw row.invalid("node_code", "'" + node + "' is not a segment of chain " + chain);
                    }
                    String written = row.required("term");
                    Strength strength;
                    try {
                        strength = Strength.valueOf(row.required("strength").toUpperCase());
                    } catch (IllegalArgumentException e) {
                        throw row.invalid("strength", "'" + row.required("strength") + "' is not strong, weak, exclude, zone or company");
                    }
                    if (!seen.add(node + "|" + written)) {
                        throw row.invalid("term", "'" + written + "' appears twice for " + node);
                    }
                    put(terms, new Term(normalise(written), chain, node.equals("*") ? null : node, strength));
                }
            }
        }
        Map<String, Map<String, Fit>> fit = new HashMap<>();
        List<CsvTable.Row> segmentRows = new ArrayList<>();
        if (industryClasses != null) {
            for (CsvTable.Row row : industryClasses.rows()) {
                String industry = row.required("industry");
                String chain = row.optional("chain_code");
                Fit f;
                try {
                    f = Fit.valueOf(row.required("fit").toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw row.invalid("fit", "'" + row.required("fit") + "' is not core, possible or none");
                }
                Map<String, Fit> chains = fit.computeIfAbsent(industry, k -> new HashMap<>());
                if (chain == null) {
                    if (f != Fit.NONE) {
                        throw row.invalid("fit", "a class without a chain must have fit none");
                    }
                    chains.put("", Fit.NONE);
                } else if (chain.contains("/")) {
                    if (!segmentCodes.contains(chain)) {
                        throw row.invalid("chain_code", "'" + chain + "' is not a segment of a chain (chain/segment)");
                    }
                    if (f == Fit.POSSIBLE) {
                        throw row.invalid("fit", "a segment row says what a class does not make (none) or surely makes where the"
                                + " chain is only possible for it (core)");
                    }
                    chains.put(chain, f);
                    segmentRows.add(row);
                } else {
                    if (!chainCodes.contains(chain)) {
                        throw row.invalid("chain_code", "'" + chain + "' is not a chain");
                    }
                    chains.put(chain, f);
                }
            }
        }
        // a segment row narrows a chain the class works in; for any other chain it would say nothing (the class makes
        // nothing there already) or, for a class with no chain rows at all, make it known and so rule out every chain
        for (CsvTable.Row row : segmentRows) {
            String chain = row.required("chain_code");
            Fit ofChain = fit.get(row.required("industry")).get(chain.substring(0, chain.indexOf('/')));
            if (ofChain != Fit.CORE && ofChain != Fit.POSSIBLE) {
                throw row.invalid("chain_code", "'" + chain + "': the class has no core or possible row for the chain, so the segment row says nothing");
            }
            // a segment the class surely makes (a steel mill's electrical steel, a refiner's ethylene) raises it in a chain the
            // class is only possible in; in a core chain such a row would say nothing
            if (fit.get(row.required("industry")).get(chain) == Fit.CORE && ofChain == Fit.CORE) {
                throw row.invalid("fit", "'" + chain + "': core for a segment of a chain the class is already core in says nothing");
            }
        }
        return new Dictionary(new ArrayList<>(terms.values()), fit, supplies);
    }

    private static void put(Map<String, Term> terms, Term term) {
        if (!term.text().isEmpty()) {
            terms.put(term.chainCode() + "|" + term.nodeCode() + "|" + term.text(), term);
        }
    }

    /** Full-width Latin letters and digits to ASCII, Latin letters upper case, spaces removed: same length kept. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(normalise(text.charAt(i)));
        }
        return out.toString().replace(" ", "");
    }

    static char normalise(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
}
