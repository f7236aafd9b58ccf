package org.chainatlas.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataFileInvalid;
import org.junit.jupiter.api.Test;

class AliasFileTest {

    private static final String HEADER = "alias_zh,region_code,scope,basis\n";
    private static final List<CountyFile.County> COUNTIES = List.of(new CountyFile.County("654226", "和布克赛尔蒙古自治县", "654200"));

    private static List<AliasFile.Alias> parse(String body) {
        CsvTable table = CsvTable.read("aliases.csv", new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)));
        return AliasFile.parse(table, Set.of("654200", "659010"), COUNTIES);
    }

    @Test
    void anAliasOfACountyNamesItsPrefectureAndAnAliasOfARegionTheRegion() {
        List<AliasFile.Alias> aliases = parse("第七师,659010,TEXT,师市合一\n和丰,654226,WHOLE_NAME,简称\n");
        assertThat(aliases).containsExactly(new AliasFile.Alias("第七师", "659010", AliasFile.Scope.TEXT),
                new AliasFile.Alias("和丰", "654200", AliasFile.Scope.WHOLE_NAME));
    }

    @Test
    void aBrokenRowStopsTheLoadNamingRowAndColumn() {
        assertThatThrownBy(() -> parse("第七师,659010,TEXT,师市合一\n第九师,659012,TEXT,白杨市\n"))
                .isInstanceOf(DataFileInvalid.class).hasMessageContaining("row 3").hasMessageContaining("region_code");
        assertThatThrownBy(() -> parse("第七师,659010,ANYWHERE,师市合一\n"))
                .isInstanceOf(DataFileInvalid.class).hasMessageContaining("row 2").hasMessageContaining("scope");
        assertThatThrownBy(() -> parse("第七师,659010,TEXT,\n"))
                .isInstanceOf(DataFileInvalid.class).hasMessageContaining("row 2").hasMessageContaining("basis");
        assertThatThrownBy(() -> parse("第七师,659010,TEXT,a\n第七师,654226,TEXT,b\n"))
                .isInstanceOf(DataFileInvalid.class).hasMessageContaining("row 3").hasMessageContaining("twice");
    }

    @Test
    void theShippedFileLoadsAndEveryCorpsDivisionNamesAnXinjiangCity() {
        Set<String> codes = RegionFile.load().stream().map(RegionRow::code).collect(Collectors.toSet());
        List<AliasFile.Alias> aliases = AliasFile.load(codes, CountyFile.load(codes));
        assertThat(aliases).filteredOn(a -> a.aliasZh().endsWith("师")).hasSizeGreaterThanOrEqualTo(11)
                .allSatisfy(a -> assertThat(a.regionCode()).startsWith("659"));
        assertThat(aliases).contains(new AliasFile.Alias("第七师", "659010", AliasFile.Scope.TEXT),
                new AliasFile.Alias("和丰", "654200", AliasFile.Scope.WHOLE_NAME));
    }
}
