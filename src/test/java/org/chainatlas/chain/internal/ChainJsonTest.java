package org.chainatlas.chain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.Stage;
import org.chainatlas.platform.data.DataFileInvalid;
import org.junit.jupiter.api.Test;

class ChainJsonTest {

    private static ChainDefinition read(String json) {
        return ChainJson.read("data/chains/test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsADefinition() {
        ChainDefinition chain = read("""
                {"code":"x","nameZh":"测试","nameEn":"Test","supplyRadiusKm":100,
                 "nodes":[{"code":"a","nameZh":"甲","nameEn":"A","stage":"UPSTREAM","industryCodes":["3841"],"keywords":["锂"]}],
                 "edges":[],"governance":[]}""");
        assertThat(chain.nodes()).singleElement().satisfies(n -> assertThat(n.stage()).isEqualTo(Stage.UPSTREAM));
    }

    @Test
    void unknownStageNamesItsPath() {
        assertThatThrownBy(() -> read("""
                {"code":"x","nameZh":"测试","nameEn":"Test","supplyRadiusKm":100,
                 "nodes":[{"code":"a","nameZh":"甲","nameEn":"A","stage":"UPSTREAM"},{"code":"b","nameZh":"乙","nameEn":"B","stage":"SIDEWAYS"}]}"""))
                .isInstanceOf(DataFileInvalid.class)
                .hasMessageContaining("data/chains/test.json")
                .hasMessageContaining("nodes[1].stage");
    }

    @Test
    void unknownFieldIsRefused() {
        assertThatThrownBy(() -> read("{\"code\":\"x\",\"colour\":\"red\"}"))
                .isInstanceOf(DataFileInvalid.class).hasMessageContaining("colour");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> read("{\"code\":\"x\",\n \"nodes\": [ }"))
                .isInstanceOf(DataFileInvalid.class).hasMessageContaining("line 2");
    }

    /**
     * Every source a reader sees is a citation (publisher, date, title), never a path on the machine the data was
     * prepared on: chain pages showed "…报道(/work/shared/seeds)".
     */
    @Test
    void noShippedDataFileCitesALocalPath() throws Exception {
        java.nio.file.Path data = java.nio.file.Path.of("src/main/resources/data");
        try (var files = java.nio.file.Files.walk(data)) {
            for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".csv")).toList()) {
                String text = java.nio.file.Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain("shared/seeds", "/work/shared", "../shared", "/tmp/");
            }
        }
    }
}
