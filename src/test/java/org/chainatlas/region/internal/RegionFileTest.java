package org.chainatlas.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.region.RegionLevel;
import org.junit.jupiter.api.Test;

class RegionFileTest {

    private static final String HEADER = "code,name_zh,name_en,level,parent_code,lng,lat,coord_source\n";

    private static CsvTable csv(String body) {
        return CsvTable.read("regions.csv", new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static CsvTable noMapNames() {
        return CsvTable.read("map-names.csv", new ByteArrayInputStream("code,map_name\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shippedFileHasEveryPrefectureLevelDivisionWithCoordinates() {
        List<RegionRow> rows = RegionFile.load();
        assertThat(rows.stream().filter(r -> r.level() == RegionLevel.PROVINCE)).hasSize(34);
        assertThat(rows.stream().filter(r -> r.level() != RegionLevel.PROVINCE)).hasSizeGreaterThanOrEqualTo(340);
        assertThat(rows).filteredOn(r -> r.code().equals("510100")).singleElement()
                .satisfies(chengdu -> {
                    assertThat(chengdu.nameZh()).isEqualTo("成都市");
                    assertThat(chengdu.longitude()).isBetween(103.5, 104.6);
                    assertThat(chengdu.latitude()).isBetween(30.3, 31.0);
                });
        assertThat(rows).filteredOn(r -> r.level() == RegionLevel.PROVINCE && r.mapName() != null).hasSizeGreaterThanOrEqualTo(31);
    }

    @Test
    void placesHaveTheEnglishNamesTheyAreKnownByNotSyllablePinyin() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        RegionFile.load().forEach(r -> names.put(r.code(), r.nameEn()));
        assertThat(names).containsEntry("150100", "Hohhot").containsEntry("150600", "Ordos").containsEntry("150800", "Bayannur")
                .containsEntry("540100", "Lhasa").containsEntry("650100", "Urumqi").containsEntry("653100", "Kashgar")
                .containsEntry("510100", "Chengdu").containsEntry("511500", "Yibin");
        assertThat(names.values()).doesNotContain("Huhehaote", "E'erduosi", "Bayannao'er", "Lasa", "Wulumuqi");
    }

    @Test
    void parentsComeBeforeChildren() {
        List<RegionRow> rows = RegionFile.load();
        int lastProvince = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).level() == RegionLevel.PROVINCE) {
                lastProvince = i;
            }
        }
        assertThat(rows.subList(0, lastProvince + 1)).allMatch(r -> r.level() == RegionLevel.PROVINCE);
    }

    @Test
    void malformedCoordinateNamesRowAndColumn() {
        CsvTable table = csv("510000,四川省,Sichuan,PROVINCE,,104.06,30.65,manual\n510100,成都市,Chengdu,PREFECTURE,510000,104.0x,30.6,manual\n");
        assertThatThrownBy(() -> RegionFile.parse(table, noMapNames()))
                .isInstanceOf(DataFileInvalid.class)
                .hasMessageContaining("regions.csv")
                .hasMessageContaining("row 3")
                .hasMessageContaining("column 'lng'")
                .hasMessageContaining("not a number");
    }

    @Test
    void coordinateOutsideChinaIsRefused() {
        CsvTable table = csv("510000,四川省,Sichuan,PROVINCE,,4.06,30.65,manual\n");
        assertThatThrownBy(() -> RegionFile.parse(table, noMapNames()))
                .hasMessageContaining("row 2").hasMessageContaining("column 'lng'").hasMessageContaining("outside");
    }

    @Test
    void childOfAnotherProvinceIsRefused() {
        CsvTable table = csv("510000,四川省,Sichuan,PROVINCE,,104.06,30.65,manual\n510100,成都市,Chengdu,PREFECTURE,500000,104.0,30.6,manual\n");
        assertThatThrownBy(() -> RegionFile.parse(table, noMapNames()))
                .hasMessageContaining("row 3").hasMessageContaining("parent_code");
    }

    @Test
    void duplicateCodeIsRefused() {
        CsvTable table = csv("510000,四川省,Sichuan,PROVINCE,,104.06,30.65,manual\n510000,四川,Sichuan,PROVINCE,,104.06,30.65,manual\n");
        assertThatThrownBy(() -> RegionFile.parse(table, noMapNames()))
                .hasMessageContaining("row 3").hasMessageContaining("appears twice (first at row 2)");
    }

    @Test
    void wrongNumberOfColumnsIsRefused() {
        assertThatThrownBy(() -> csv("510000,四川省,Sichuan,PROVINCE\n"))
                .isInstanceOf(DataFileInvalid.class).hasMessageContaining("row 2").hasMessageContaining("expected 8 columns");
    }
}
