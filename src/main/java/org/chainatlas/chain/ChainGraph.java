package org.chainatlas.chain;

import java.util.List;

/** A chain with its segments (ordered upstream → downstream) and supply edges. */
public record ChainGraph(ChainView chain, List<ChainNodeView> nodes, List<SupplyEdgeView> edges,
        List<GovernanceView> governance) {
}
