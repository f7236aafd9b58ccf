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
