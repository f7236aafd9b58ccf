package org.chainatlas.chain;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.chain.ChainDefinition.EdgeDefinition;
import org.chainatlas.chain.ChainDefinition.GovernanceDefinition;
import org.chainatlas.chain.ChainDefinition.NodeDefinition;

/** Chain definitions named by their state, for tests. */
public final class ChainFixtures {

    private ChainFixtures() {
    }

    /** A small, valid battery chain: resources → materials → cell → pack → vehicle, governed in Sichuan. */
    public static ChainDefinition validBatteryChain(String code) {
        List<NodeDefinition> nodes = List.of(
                node("lithium", "锂资源", "Lithium resources", Stage.UPSTREAM),
                node("cathode", "正极材料", "Cathode materials", Stage.UPSTREAM),
                node("cell", "电芯制造", "Cell manufacturing", Stage.MIDSTREAM),
                node("pack", "电池包", "Battery pack", Stage.MIDSTREAM),
                node("vehicle", "整车", "Vehicle", Stage.DOWNSTREAM));
        List<EdgeDefinition> edges = List.of(
                new EdgeDefinition("lithium", "cathode", 1.0),
                new EdgeDefinition("cathode", "cell", 0.9),
                new EdgeDefinition("cell", "pack", 1.0),
                new EdgeDefinition("pack", "vehicle", 0.8));
        List<GovernanceDefinition> governance = List.of(new GovernanceDefinition("510000", "六大优势产业", "省领导(链长)", null,
                "四川省经济和信息化厅", List.of("511500"), List.of("510100"), null, "test"));
        return new ChainDefinition(code, "测试动力电池", "Test batteries", "测试", "test", 100, List.of("test"), nodes, edges,
                governance);
    }

    public static ChainDefinition withEdges(ChainDefinition base, List<EdgeDefinition> edges) {
        return new ChainDefinition(base.code(), base.nameZh(), base.nameEn(), base.descriptionZh(), base.descriptionEn(),
                base.supplyRadiusKm(), base.sources(), base.nodes(), edges, base.governance());
    }

    public static ChainDefinition withExtraEdge(ChainDefinition base, EdgeDefinition extra) {
        List<EdgeDefinition> edges = new ArrayList<>(base.edges());
        edges.add(extra);
        return withEdges(base, edges);
    }

    public static NodeDefinition node(String code, String zh, String en, Stage stage) {
        return new NodeDefinition(code, zh, en, stage, List.of(), List.of(zh));
    }
}
