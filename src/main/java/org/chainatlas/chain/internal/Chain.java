package org.chainatlas.chain.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainDefinition.EdgeDefinition;
import org.chainatlas.chain.ChainDefinition.NodeDefinition;
import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.chain.SupplyEdgeView;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An industrial chain: the aggregate of its segments, supply edges and governance. */
@Entity
@Table(name = "chain")
class Chain {

    enum Origin { BUILT_IN, USER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "description_zh")
    private String descriptionZh;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "supply_radius_km", nullable = false)
    private int supplyRadiusKm;
    @Column(nullable = false)
    private String origin;
    private String sources;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChainNode> nodes = new ArrayList<>();

    @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SupplyEdge> edges = new ArrayList<>();

    @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("provinceCode")
    private List<ChainGovernance> governance = new ArrayList<>();

    protected Chain() {
    }

    /**
     * A built-in chain's sources follow its file (a citation corrected there reaches installations made before);
     * answers whether they changed.
     */
    boolean citeAsIn(ChainDefinition definition) {
        String cited = definition.sources() == null ? null : String.join("\n", definition.sources());
        if (!Origin.BUILT_IN.name().equals(origin) || Objects.equals(cited, sources)) {
            return false;
        }
        sources = cited;
        return true;
    }

    /**
     * A built-in chain gains the segments its file added since it was stored (an installation made before a segment
     * was written keeps its data and gets the segment), the supply edges the file added, and the file's descriptions.
     * Nothing stored is removed or renamed: a segment's id is what enterprises, parks and projects refer to. The
     * segments are re-positioned as {@link #define} would place them. Answers how many segments were added; the new
     * edges are attached by {@link #connect} once the new segments have ids.
     */
    int extendAsIn(ChainDefinition definition) {
        if (!Origin.BUILT_IN.name().equals(origin)) {
            return 0;
        }
        descriptionZh = definition.descriptionZh();
        descriptionEn = definition.descriptionEn();
        Map<String, ChainNode> stored = new HashMap<>();
        nodes.forEach(n -> stored.put(n.code(), n));
        List<NodeDefinition> ordered = ordered(definition);
        int added = 0;
        for (int i = 0; i < ordered.size(); i++) {
            ChainNode node = stored.remove(ordered.get(i).code());
            if (node == null) {
                nodes.add(new ChainNode(this, ordered.get(i), i));
                added++;
            } else {
                node.placeAt(i);
            }
        }
        // segments no longer in the file stay, after the file's
        Set<ChainNode> left = new HashSet<>(stored.values());
        int next = ordered.size();
        for (ChainNode node : nodes) {
            if (left.contains(node)) {
                node.placeAt(next++);
            }
        }
        nodes.sort(Comparator.comparingInt(ChainNode::position));
        return added;
    }

    /** The file's supply edges that a built-in chain has not stored yet (both ends stored). */
    List<EdgeDefinition> edgesMissing(ChainDefinition definition) {
        if (!Origin.BUILT_IN.name().equals(origin)) {
            return List.of();
        }
        Set<String> have = new HashSet<>();
        edges.forEach(e -> have.add(e.from().code() + " " + e.to().code()));
        Set<String> codes = new HashSet<>();
        nodes.forEach(n -> codes.add(n.code()));
        return definition.edgesOrEmpty().stream()
                .filter(e -> codes.contains(e.from()) && codes.contains(e.to()) && !have.contains(e.from() + " " + e.to()))
                .toList();
    }

    /**
     * Builds a chain from a definition already checked by {@link ChainDefinitionRules}. Segments are
     * positioned upstream → downstream: by stage, then by depth in the supply graph, then as written.
     * Edges are attached by {@link #connect} once the segments have ids.
     */
    static Chain define(ChainDefinition definition, Origin origin) {
        Chain chain = new Chain();
        chain.code = definition.code();
        chain.nameZh = definition.nameZh();
        chain.nameEn = definition.nameEn();
        chain.descriptionZh = definition.descriptionZh();
        chain.descriptionEn = definition.descriptionEn();
        chain.supplyRadiusKm = definition.supplyRadiusKm();
        chain.origin = origin.name();
        chain.sources = definition.sources() == null ? null : String.join("\n", definition.sources());
        chain.createdAt = Instant.now();
        List<NodeDefinition> ordered = ordered(definition);
        for (int i = 0; i < ordered.size(); i++) {
            chain.nodes.add(new ChainNode(chain, ordered.get(i), i));
        }
        definition.governanceOrEmpty().forEach(g -> chain.governance.add(new ChainGovernance(chain, g)));
        return chain;
    }

    void connect(List<EdgeDefinition> definitions) {
        Map<String, ChainNode> byCode = new HashMap<>();
        nodes.forEach(n -> byCode.put(n.code(), n));
        for (EdgeDefinition edge : definitions) {
            edges.add(new SupplyEdge(this, byCode.get(edge.from()), byCode.get(edge.to()),
                    edge.weight() == null ? 1.0 : edge.weight()));
        }
    }

    /** The segments upstream → downstream: by stage, then by depth in the supply graph, then as written. */
    private static List<NodeDefinition> ordered(ChainDefinition definition) {
        Map<String, Integer> depth = depths(definition);
        List<NodeDefinition> ordered = new ArrayList<>(definition.nodesOrEmpty());
        Map<String, Integer> written = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            written.put(ordered.get(i).code(), i);
        }
        ordered.sort(Comparator.comparing(NodeDefinition::stage)
                .thenComparing(n -> depth.getOrDefault(n.code(), 0))
                .thenComparing(n -> written.get(n.code())));
        return ordered;
    }

    /** Longest path from a source segment, for the upstream → downstream order. */
    private static Map<String, Integer> depths(ChainDefinition definition) {
        Map<String, Integer> depth = new HashMap<>();
        definition.nodesOrEmpty().forEach(n -> depth.put(n.code(), 0));
        boolean changed = true;
        for (int round = 0; changed && round < depth.size(); round++) {
            changed = false;
            for (EdgeDefinition edge : definition.edgesOrEmpty()) {
                int candidate = depth.getOrDefault(edge.from(), 0) + 1;
                if (candidate > depth.getOrDefault(edge.to(), 0)) {
                    depth.put(edge.to(), candidate);
                    changed = true;
                }
            }
        }
        return depth;
    }

    String code() {
        return code;
    }

    ChainView view() {
        return new ChainView(id, code, nameZh, nameEn, descriptionZh, descriptionEn, supplyRadiusKm, origin,
                sources == null ? List.of() : Arrays.asList(sources.split("\n")), nodes.size(), edges.size());
    }

    ChainGraph graph() {
        List<ChainNodeView> nodeViews = nodes.stream().map(n -> n.view(code)).toList();
        List<SupplyEdgeView> edgeViews = edges.stream()
                .map(e -> new SupplyEdgeView(e.from().code(), e.to().code(), e.weight())).toList();
        List<GovernanceView> governanceViews = governance.stream().map(g -> g.view(code)).toList();
        return new ChainGraph(view(), nodeViews, edgeViews, governanceViews);
    }
}
