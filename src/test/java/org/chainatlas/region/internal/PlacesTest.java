package org.chainatlas.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.region.GeoPoint;
import org.chainatlas.region.Places;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Place names, boundaries and census figures over the shipped region, county and census files. */
class PlacesTest {

    static Places places;
    static Regions regions;

    @BeforeAll
    static void load() {
        Map<String, RegionView> all = RegionFile.load().stream()
                .map(r -> new RegionView(r.code(), r.nameZh(), r.nameEn(), r.level(), r.parentCode(), r.longitude(), r.latitude(),
                        r.mapName()))
                .collect(Collectors.toMap(RegionView::code, Function.identity()));
        regions = new Regions() {
            @Override
            public Optional<RegionView> find(String code) {
                return Optional.ofNullable(code == null ? null : all.get(code));
            }

            @Override
            public List<RegionView> provinces() {
                return all.values().stream().filter(r -> r.level() == RegionLevel.PROVINCE)
                        .sorted(Comparator.comparing(RegionView::code)).toList();
            }

            @Override
            public List<RegionView> children(String provinceCode) {
                return all.values().stream().filter(r -> provinceCode.equals(r.parentCode())).toList();
            }

            @Override
            public Collection<RegionView> all() {
                return all.values();
            }
        };
        places = new PlaceCatalogue(regions);
    }

    private static String code(String name, String hint) {
        return places.resolve(name, hint).map(RegionView::code).orElse(null);
    }

    @Test
    void theFourMunicipalitiesAreCitiesAndSoAreTheUndividedRegionsWhereAPlaceIsRead() {
        for (String code : List.of("110000", "120000", "310000", "500000")) {
            assertThat(regions.require(code).municipality()).as(code).isTrue();
            assertThat(regions.standsAsCity(regions.require(code))).as(code).isTrue();
        }
        // no prefecture divides Hong Kong, Macao or Taiwan: a city where a text names it, but no municipality
        for (String code : List.of("810000", "820000", "710000")) {
            assertThat(regions.require(code).municipality()).as(code).isFalse();
            assertThat(regions.standsAsCity(regions.require(code))).as(code).isTrue();
        }
        assertThat(regions.standsAsCity(regions.require("510000"))).as("四川").isFalse();
        assertThat(regions.require("510000").municipality()).as("四川").isFalse();
        assertThat(regions.standsAsCity(regions.require("511500"))).as("宜宾, a prefecture: a city, but not a province standing as one")
                .isFalse();
        assertThat(regions.require("500000").wholeKey()).isEqualTo("region.whole.municipality");
    }

    @Test
    void aPlaceNamedExactlyIsAProvinceOrPrefectureNeverACountyOrAPartOfAName() {
        assertThat(places.named("宜宾")).map(RegionView::code).contains("511500");
        assertThat(places.named("宜宾市")).map(RegionView::code).contains("511500");
        assertThat(places.named("四川")).map(RegionView::code).contains("510000");
        assertThat(places.named("四川省")).map(RegionView::code).contains("510000");
        assertThat(places.named("Yibin")).map(RegionView::code).contains("511500");
        assertThat(places.named("yibin")).map(RegionView::code).contains("511500");
        // the names these places are known by in English, not their pinyin syllables (Ha'erbin, Qiqiha'er)
        assertThat(places.named("Harbin")).map(RegionView::code).contains("230100");
        assertThat(places.named("Qiqihar")).map(RegionView::code).contains("230200");
        // a county (resolve gives its prefecture), a name inside a company's name, words that are no place
        assertThat(places.resolve("昆山", null)).map(RegionView::code).contains("320500");
        assertThat(places.named("昆山")).isEmpty();
        assertThat(places.named("宁德时代")).isEmpty();
        assertThat(places.named("四川长虹")).isEmpty();
        assertThat(places.named("电池")).isEmpty();
        assertThat(places.named("")).isEmpty();
        assertThat(places.named(null)).isEmpty();
    }

    @Test
    void namesResolveToPrefectureLevelRegions() {
        assertThat(code("宜宾", null)).isEqualTo("511500");
        assertThat(code("宜宾市", null)).isEqualTo("511500");
        assertThat(code("四川宜宾", null)).isEqualTo("511500");
        assertThat(code("溧阳", null)).as("a county-level city resolves to its prefecture").isEqualTo("320400");
        assertThat(code("江苏溧阳", null)).isEqualTo("320400");
        assertThat(code("昌吉州", null)).isEqualTo("652300");
        assertThat(code("海西州", null)).isEqualTo("632800");
        assertThat(code("鄂尔多斯", null)).isEqualTo("150600");
        assertThat(code("什邡市", null)).isEqualTo("510600");
        assertThat(code("广西", null)).isEqualTo("450000");
        assertThat(code("上海", null)).isEqualTo("310000");
    }

    @Test
    void aCountyNameSharedByProvincesNeedsAHint() {
        assertThat(code("朝阳区", null)).as("朝阳区 is in Beijing and in Changchun").isNull();
        assertThat(code("朝阳区", "110000")).isEqualTo("110000");
        assertThat(code("朝阳", null)).as("the prefecture 朝阳市 wins over districts").isEqualTo("211300");
    }

    @Test
    void placesAreFoundInAZoneName() {
        assertThat(places.mentions("四川宜宾南溪经济开发区", "510000")).extracting(m -> m.region().code())
                .containsExactly("510000", "511500", "511500");
        assertThat(places.mentions("嵩明杨林", "530000")).extracting(m -> m.region().code()).first().isEqualTo("530100");
    }

    @Test
    void aTypoOfOneCharacterIsFoundOnlyInsideTheProvince() {
        assertThat(places.similar("湽博", "370000")).map(RegionView::code).contains("370300");
        assertThat(places.similar("湽博", "510000")).isEmpty();
    }

    @Test
    void pointsAreLocatedInTheirCensusBoundary() {
        assertThat(places.locate(new GeoPoint(104.63, 28.76))).contains("511500");
        assertThat(places.locate(new GeoPoint(116.40, 39.90))).contains("110000");
        assertThat(places.locate(new GeoPoint(87.072143, 44.098379))).hasValueSatisfying(c -> assertThat(c).startsWith("65"));
        assertThat(places.locate(new GeoPoint(125.0, 25.0))).as("the sea").isEmpty();
    }

    @Test
    void censusFiguresAreThoseOfTheFile() {
        assertThat(places.census("511500")).hasValueSatisfying(c -> {
            assertThat(c.population2020()).isBetween(4_000_000L, 5_000_000L);
            assertThat(c.workingAgeShare2020()).isBetween(40.0, 80.0);
        });
        assertThat(places.census("110000")).as("municipalities join on their province row").isPresent();
    }

    @Test
    void aBrokenBoundaryStopsTheLoadNamingRowAndColumn() {
        String csv = "city,city_code,province_code,popu_2020,popu_2010,popu_urban_2020,age_15_59_2020,coord\n"
                + "宜宾市,511500,510000,4588804,4472001,2376000,60.5,\"POLYGON((104 28,105 28,105 29\"\n";
        CsvTable table = CsvTable.read("census.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> CensusFile.parse(table, Set.of("511500")))
                .isInstanceOf(DataFileInvalid.class).hasMessageContaining("row 2, column 'coord'");
    }
}
