package org.chainatlas.chain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainatlas.chain.ChainFixtures.validBatteryChain;
import static org.chainatlas.chain.ChainFixtures.withExtraEdge;

import java.util.List;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainDefinition.EdgeDefinition;
import org.chainatlas.chain.ChainDefinition.GovernanceDefinition;
import org.chainatlas.platform.InvalidInput.FieldError;
import org.chainatlas.support.InMemoryRegions;
import org.junit.jupiter.api.Test;

class ChainDefinitionRulesTest {

    private final ChainDefinitionRules rules = new ChainDefinitionRules(InMemoryRegions.sichuanAndChongqing(), 1, 40);

    private List<String> fields(ChainDefinition definition) {
        return rules.check(definition).stream().map(FieldError::field).toList();
    }

    @Test
    void validChainPasses() {
        assertThat(rules.check(validBatteryChain("battery"))).isEmpty();
    }

    @Test
    void edgeToMissingNodeNamesTheEdge() {
        List<FieldError> errors = rules.check(withExtraEdge(validBatteryChain("battery"), new EdgeDefinition("cell", "anode", 1.0)));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("edges[4].to");
            assertThat(e.message()).contains("unknown node 'anode'");
        });
    }

    @Test
    void cycleIsRefused() {
        assertThat(rules.check(withExtraEdge(validBatteryChain("battery"), new EdgeDefinition("vehicle", "lithium", 0.5))))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("edges[4]");
                    assertThat(e.message()).contains("closes a cycle");
                });
    }

    @Test
    void selfLoopAndDuplicateEdgesAreRefused() {
        assertThat(fields(withExtraEdge(validBatteryChain("battery"), new EdgeDefinition("cell", "cell", 1.0)))).containsExactly("edges[4]");
        assertThat(fields(withExtraEdge(validBatteryChain("battery"), new EdgeDefinition("cell", "pack", 1.0)))).containsExactly("edges[4]");
    }

    @Test
    void weightOutsideRangeIsRefused() {
        assertThat(fields(withExtraEdge(validBatteryChain("battery"), new EdgeDefinition("lithium", "cell", 1.5))))
                .containsExactly("edges[4].weight");
    }

    @Test
    void isolatedSegmentIsRefused() {
        ChainDefinition base = validBatteryChain("battery");
        ChainDefinition isolated = ChainFixtures_withoutLastEdge(base);
        assertThat(rules.check(isolated)).extracting(FieldError::field).containsExactly("nodes[4]");
    }

    private static ChainDefinition ChainFixtures_withoutLastEdge(ChainDefinition base) {
        return org.chainatlas.chain.ChainFixtures.withEdges(base, base.edges().subList(0, 3));
    }

    @Test
    void badCodesStagesAndIndustryCodesNameTheirPaths() {
        ChainDefinition base = validBatteryChain("Bad Code");
        var nodes = new java.util.ArrayList<>(base.nodes());
        nodes.set(1, new ChainDefinition.NodeDefinition("cathode", "正极材料", "Cathode", null, List.of("38411"), List.of()));
        nodes.set(2, new ChainDefinition.NodeDefinition("cathode", "电芯", "Cell", org.chainatlas.chain.Stage.MIDSTREAM, List.of(), List.of()));
        ChainDefinition broken = new ChainDefinition(base.code(), base.nameZh(), base.nameEn(), null, null, 0, null, nodes,
                List.of(), List.of());
        assertThat(fields(broken)).contains("code", "supplyRadiusKm", "nodes[1].stage", "nodes[1].industryCodes[0]", "nodes[2].code");
    }

    @Test
    void governanceLocalitiesMustExistAndLieInTheProvince() {
        ChainDefinition base = validBatteryChain("battery");
        GovernanceDefinition wrong = new GovernanceDefinition("510000", null, null, null, "四川省经济和信息化厅",
                List.of("999999"), List.of("500000"), null, null);
        GovernanceDefinition notProvince = new GovernanceDefinition("510100", null, null, null, "", List.of(), List.of(), null, null);
        ChainDefinition broken = new ChainDefinition(base.code(), base.nameZh(), base.nameEn(), null, null, 100, null,
                base.nodes(), base.edges(), List.of(wrong, notProvince));
        List<FieldError> errors = rules.check(broken);
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "governance[0].primaryHostCodes[0]", "governance[0].collaboratingCodes[0]",
                "governance[1].provinceCode", "governance[1].leadDepartmentZh");
        assertThat(errors.getFirst().message()).contains("unknown region code '999999'");
    }

    @Test
    void segmentCountLimitsApply() {
        ChainDefinitionRules builtIn = new ChainDefinitionRules(InMemoryRegions.sichuanAndChongqing(), 15, 40);
        assertThat(builtIn.check(validBatteryChain("battery"))).extracting(FieldError::field).containsExactly("nodes");
    }
}
