package org.chainatlas.chain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainDefinition.EdgeDefinition;
import org.chainatlas.chain.ChainDefinition.NodeDefinition;
import org.chainatlas.chain.ChainFixtures;
import org.chainatlas.chain.Stage;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AtlasTest
@Tag("db")
class ChainFileLoaderTests {

    @Autowired
    ChainFileLoader loader;
    @Autowired
    JdbcTemplate jdbc;

    /** A valid 15-segment linear chain. */
    private static ChainDefinition longChain(String code) {
        ChainDefinition base = ChainFixtures.validBatteryChain(code);
        List<NodeDefinition> nodes = new ArrayList<>();
        List<EdgeDefinition> edges = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            nodes.add(ChainFixtures.node("s" + i, "环节" + i, "Segment " + i, i < 5 ? Stage.UPSTREAM : i < 10 ? Stage.MIDSTREAM : Stage.DOWNSTREAM));
            if (i > 0) {
                edges.add(new EdgeDefinition("s" + (i - 1), "s" + i, 1.0));
            }
        }
        return new ChainDefinition(code, base.nameZh(), base.nameEn(), null, null, 100, List.of(), nodes, edges, base.governance());
    }

    @Test
    void aBrokenFileStopsTheLoadAndNothingIsStored() {
        long before = jdbc.queryForObject("select count(*) from chain", Long.class);
        ChainDefinition broken = ChainFixtures.withExtraEdge(longChain("broken-file-chain"), new EdgeDefinition("s3", "s99", 1.0));
        assertThatThrownBy(() -> loader.load(List.of(
                Map.entry("data/chains/good.json", longChain("good-file-chain")),
                Map.entry("data/chains/broken.json", broken))))
                .isInstanceOf(DataFileInvalid.class)
                .hasMessageContaining("data/chains/broken.json")
                .hasMessageContaining("edges[14].to")
                .hasMessageContaining("unknown node 's99'");
        assertThat(jdbc.queryForObject("select count(*) from chain", Long.class)).isEqualTo(before);
    }

    /** A citation corrected in a built-in file reaches an installation that stored the chain before; nothing else moves. */
    @Test
    void aBuiltInChainsSourcesFollowItsFile() {
        ChainDefinition first = longChain("recited-chain");
        loader.load(List.of(Map.entry("data/chains/recited.json", new ChainDefinition(first.code(), first.nameZh(), first.nameEn(),
                null, null, 100, List.of("/work/shared/seeds 000"), first.nodes(), first.edges(), first.governance()))));
        long nodes = jdbc.queryForObject("select count(*) from chain_node n join chain c on c.id = n.chain_id where c.code = 'recited-chain'",
                Long.class);
        loader.load(List.of(Map.entry("data/chains/recited.json", new ChainDefinition(first.code(), first.nameZh(), first.nameEn(),
                null, null, 100, List.of("四川日报 2025-05-10《四川承接产业转移 这场“国字号”活动释放了哪些信号》"), first.nodes(), first.edges(),
                first.governance()))));
        assertThat(jdbc.queryForObject("select sources from chain where code = 'recited-chain'", String.class))
                .isEqualTo("四川日报 2025-05-10《四川承接产业转移 这场“国字号”活动释放了哪些信号》");
        assertThat(jdbc.queryForObject("select count(*) from chain_node n join chain c on c.id = n.chain_id where c.code = 'recited-chain'",
                Long.class)).isEqualTo(nodes);
    }

    /**
     * A segment written into a built-in file after an installation stored the chain (稀土 in chemical-new-materials) reaches
     * that installation with its supply edge and place; the stored segments keep their ids, and a segment the file no
     * longer has is kept (enterprises may refer to it).
     */
    @Test
    void aBuiltInChainGainsTheSegmentsItsFileAdded() {
        ChainDefinition first = longChain("grown-chain");
        loader.load(List.of(Map.entry("data/chains/grown.json", first)));
        Map<String, Object> before = Map.copyOf(jdbc.queryForMap("""
                select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = 'grown-chain' and n.code = 's3'"""));

        List<NodeDefinition> grown = new ArrayList<>(first.nodes());
        grown.add(0, ChainFixtures.node("s-new", "稀土采选与冶炼分离", "Rare earths", Stage.UPSTREAM));
        List<EdgeDefinition> grownEdges = new ArrayList<>(first.edges());
        grownEdges.add(new EdgeDefinition("s-new", "s6", 1.0));
        grownEdges.add(new EdgeDefinition("s2", "s9", 0.5));
        loader.load(List.of(Map.entry("data/chains/grown.json", new ChainDefinition(first.code(), first.nameZh(), first.nameEn(),
                "含稀土", null, 100, List.of(), grown.stream().filter(n -> !n.code().equals("s0")).toList(),
                grownEdges.stream().filter(e -> !e.from().equals("s0")).toList(), first.governance()))));

        List<String> codes = jdbc.queryForList("""
                select n.code from chain_node n join chain c on c.id = n.chain_id
                where c.code = 'grown-chain' order by n.position""", String.class);
        assertThat(codes).hasSize(16).contains("s-new", "s14", "s0");
        assertThat(codes.getLast()).as("the segment the file dropped stays, last").isEqualTo("s0");
        assertThat(codes.indexOf("s-new")).as("upstream, before the midstream segments").isLessThan(codes.indexOf("s5"));
        assertThat(codes.indexOf("s14")).isEqualTo(14);
        assertThat(jdbc.queryForMap("""
                select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = 'grown-chain' and n.code = 's3'"""))
                .isEqualTo(before);
        assertThat(jdbc.queryForList("""
                select f.code || '>' || t.code from chain_edge e join chain_node f on f.id = e.from_node_id
                join chain_node t on t.id = e.to_node_id join chain c on c.id = e.chain_id
                where c.code = 'grown-chain' order by 1""", String.class))
                .contains("s-new>s6", "s2>s9", "s13>s14", "s0>s1").hasSize(16);
        assertThat(jdbc.queryForObject("select description_zh from chain where code = 'grown-chain'", String.class)).isEqualTo("含稀土");
        // loading the same file again adds nothing
        ChainDefinition again = new ChainDefinition(first.code(), first.nameZh(), first.nameEn(), "含稀土", null, 100, List.of(),
                grown.stream().filter(n -> !n.code().equals("s0")).toList(), grownEdges.stream().filter(e -> !e.from().equals("s0")).toList(),
                first.governance());
        loader.load(List.of(Map.entry("data/chains/grown.json", again)));
        assertThat(jdbc.queryForObject("""
                select count(*) from chain_node n join chain c on c.id = n.chain_id where c.code = 'grown-chain'""", Long.class)).isEqualTo(16);
        assertThat(jdbc.queryForObject("""
                select count(*) from chain_edge e join chain c on c.id = e.chain_id where c.code = 'grown-chain'""", Long.class)).isEqualTo(16);
    }

    @Test
    void twoFilesWithOneCodeAreRefused() {
        assertThatThrownBy(() -> loader.load(List.of(
                Map.entry("data/chains/a.json", longChain("same-code")),
                Map.entry("data/chains/b.json", longChain("same-code")))))
                .hasMessageContaining("data/chains/b.json").hasMessageContaining("also used by data/chains/a.json");
    }

    @Test
    void segmentsAreOrderedUpstreamToDownstream() {
        loader.load(List.of(Map.entry("data/chains/ordered.json", longChain("ordered-chain"))));
        List<String> stages = jdbc.queryForList("""
                select n.stage from chain_node n join chain c on c.id = n.chain_id
                where c.code = 'ordered-chain' order by n.position""", String.class);
        assertThat(stages).hasSize(15);
        assertThat(stages.getFirst()).isEqualTo("UPSTREAM");
        assertThat(stages.getLast()).isEqualTo("DOWNSTREAM");
        assertThat(stages).isSortedAccordingTo((a, b) -> Stage.valueOf(a).compareTo(Stage.valueOf(b)));
    }
}
