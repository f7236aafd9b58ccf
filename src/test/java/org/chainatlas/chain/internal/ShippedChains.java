package org.chainatlas.chain.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.SupplyEdgeView;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The shipped chain files as graphs with node ids numbered in file order, and the classifier over them: no database. */
final class ShippedChains {

    private ShippedChains() {
    }

    static List<ChainGraph> graphs() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(ChainFileLoader.LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<ChainGraph> graphs = new ArrayList<>();
            long nextNode = 1;
            for (int c = 0; c < files.length; c++) {
                ChainDefinition d = ChainJson.read(files[c].getFilename(), files[c].getInputStream());
                List<ChainNodeView> nodes = new ArrayList<>();
                for (int i = 0; i < d.nodesOrEmpty().size(); i++) {
                    ChainDefinition.NodeDefinition n = d.nodesOrEmpty().get(i);
                    nodes.add(new ChainNodeView(nextNode++, d.code(), n.code(), n.nameZh(), n.nameEn(), n.stage(),
                            n.industryCodes() == null ? List.of() : n.industryCodes(), n.keywords() == null ? List.of() : n.keywords(), i));
                }
                List<SupplyEdgeView> edges = d.edgesOrEmpty().stream()
                        .map(e -> new SupplyEdgeView(e.from(), e.to(), e.weight() == null ? 1 : e.weight())).toList();
                graphs.add(new ChainGraph(new ChainView(c + 1, d.code(), d.nameZh(), d.nameEn(), d.descriptionZh(), d.descriptionEn(),
                        d.supplyRadiusKm(), "BUILT_IN", d.sources(), nodes.size(), edges.size()), nodes, edges, List.of()));
            }
            return graphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TermClassifier classifier() {
        List<ChainGraph> graphs = graphs();
        java.util.Map<String, java.util.Map<String, Long>> ids = new java.util.HashMap<>();
        for (ChainGraph g : graphs) {
            java.util.Map<String, Long> byCode = new java.util.HashMap<>();
            g.nodes().forEach(n -> byCode.put(n.code(), n.id()));
            ids.put(g.chain().code(), byCode);
        }
        return new TermClassifier(Dictionary.load(graphs), ids);
    }
}
