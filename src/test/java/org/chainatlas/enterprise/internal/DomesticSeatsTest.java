package org.chainatlas.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.platform.data.DataQuality;
import org.chainatlas.support.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Companies registered outside the mainland (开曼群岛, 香港) are loaded at the mainland head office that
 * {@code data/real/domestic_seats.csv} gives with its basis; a row that names an unknown company, another name or a
 * city that does not resolve stops the start naming file, row and column.
 */
@AtlasTest
class DomesticSeatsTest {

    private static final String PROFILES = """
            ts_code,公司名称,交易所,省份,城市,公司简介,公司员工数,主营业务
            688981.SH,中芯国际集成电路制造有限公司,SSE,,Grand Cayman,公司总部位于中国上海，在上海、北京、天津、深圳建有多座8英寸和12英寸晶圆厂。,19186,集成电路晶圆代工
            600941.SH,中国移动有限公司,SSE,香港特别行政区,香港特别行政区,通信及信息服务,455405,通信服务
            """;
    private static final String FINANCIALS = "股票代码,营业收入,年度\n";
    private static final String STOCKS = "ts_code,name,area,industry,status\n688981.SH,中芯国际,上海,半导体,L\n";
    private static final String HEADER = "ts_code,公司名称,注册地,境内总部省份,境内总部城市,依据\n";

    @Autowired
    RealEnterprises realEnterprises;

    private static CsvTable table(String file, String text) {
        return CsvTable.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static CompanyFiles.Parsed parse(String seats) {
        return CompanyFiles.parse(table(CompanyFiles.PROFILES, PROFILES), table(CompanyFiles.FINANCIALS, FINANCIALS),
                table(CompanyFiles.STOCKS, STOCKS), table(CompanyFiles.DOMESTIC_SEATS, HEADER + seats));
    }

    @Test
    void aCompanyRegisteredAbroadIsStoredAtItsMainlandHeadOfficeWithItsBasisAndFlagged() {
        CompanyFiles.Parsed parsed = parse("688981.SH,中芯国际集成电路制造有限公司,开曼群岛,上海,上海市,公司简介：“公司总部位于中国上海”\n");
        List<DataQuality.Flag> flags = new ArrayList<>();
        List<RealEnterprises.Computed> computed = realEnterprises.compute(parsed, flags);

        RealEnterprises.Computed smic = computed.stream().filter(c -> "688981.SH".equals(c.stockCode())).findFirst().orElseThrow();
        assertThat(smic.seatCode()).isEqualTo("310000");
        assertThat(smic.sourceZh()).startsWith("注册地：开曼群岛；境内总部：上海").contains("依据：公司简介");
        assertThat(smic.plants()).extracting(RealEnterprises.Plant::regionCode).contains("110000", "120000", "440300")
                .doesNotContain("310000");
        assertThat(computed).filteredOn(c -> "600941.SH".equals(c.stockCode())).singleElement()
                .satisfies(c -> assertThat(c.seatCode()).as("no row for it: its Hong Kong seat").isEqualTo("810000"));
        assertThat(flags).filteredOn(f -> f.key().startsWith("688981.SH")).singleElement()
                .satisfies(f -> assertThat(f.detailEn()).contains("loaded at its head office in Shanghai", "row 2"));
        assertThat(flags).noneMatch(f -> f.key().startsWith("600941.SH") && f.kind().equals("COMPANY_SEAT_ABROAD"));
    }

    /**
     * Fact check 86: where the profiles and the stock list put a company in different provinces, a municipality the stock
     * list names is taken (华能国际: 河北 保定市 in the profiles, 北京 in the stock list — 保定 listed it as its own), a province
     * leaves the profiles' seat (天山铝业: 浙江 台州市, area 新疆); both are flagged. A Hong Kong seat is a registration and stays.
     */
    @Test
    void aSeatTheStockListPutsInAnotherProvinceIsFlaggedAndAMunicipalityTaken() {
        String profiles = """
                ts_code,公司名称,交易所,省份,城市,公司简介,公司员工数,主营业务
                600011.SH,华能国际电力股份有限公司,SSE,河北,保定市,在全国范围内开发、建设和经营管理发电厂。,57000,电力
                002532.SZ,天山铝业集团股份有限公司,SZSE,浙江,台州市,公司在新疆石河子已建成电解铝生产线。,6000,电解铝
                600941.SH,中国移动有限公司,SSE,香港特别行政区,香港特别行政区,通信及信息服务,455405,通信服务
                """;
        String stocks = "ts_code,name,area,industry,status\n600011.SH,华能国际,北京,火力发电,L\n002532.SZ,天山铝业,新疆,铝,L\n"
                + "600941.SH,中国移动,北京,电信运营,L\n";
        CompanyFiles.Parsed parsed = CompanyFiles.parse(table(CompanyFiles.PROFILES, profiles), table(CompanyFiles.FINANCIALS, FINANCIALS),
                table(CompanyFiles.STOCKS, stocks), table(CompanyFiles.DOMESTIC_SEATS, HEADER));
        List<DataQuality.Flag> flags = new ArrayList<>();
        List<RealEnterprises.Computed> computed = realEnterprises.compute(parsed, flags);

        assertThat(computed).filteredOn(c -> "600011.SH".equals(c.stockCode())).singleElement().satisfies(c -> {
            assertThat(c.seatCode()).isEqualTo("110000");
            assertThat(c.sourceZh()).startsWith("所在地按股票列表地域（北京），公司资料作河北 保定市");
        });
        assertThat(computed).filteredOn(c -> "002532.SZ".equals(c.stockCode())).singleElement()
                .satisfies(c -> assertThat(c.seatCode()).isEqualTo("331000"));
        assertThat(computed).filteredOn(c -> "600941.SH".equals(c.stockCode())).singleElement()
                .satisfies(c -> assertThat(c.seatCode()).isEqualTo("810000"));
        assertThat(flags).filteredOn(f -> f.kind().equals("COMPANY_SEAT_DISAGREES")).extracting(DataQuality.Flag::detailEn)
                .satisfiesExactlyInAnyOrder(
                        d -> assertThat(d).contains("(河北 保定市)", "(北京)", "loaded in Beijing"),
                        d -> assertThat(d).contains("(浙江 台州市)", "(新疆)", "still loaded in Taizhou"));
    }

    @Test
    void aRowForAnUnknownCompanyOrAnotherNameStopsTheLoadNamingRowAndColumn() {
        assertThatThrownBy(() -> parse("688982.SH,某公司,开曼群岛,上海,上海市,依据\n"))
                .isInstanceOf(DataFileInvalid.class)
                .hasMessageContaining("data/real/domestic_seats.csv: row 2, column 'ts_code'");
        assertThatThrownBy(() -> parse("688981.SH,中芯国际,开曼群岛,上海,上海市,依据\n"))
                .isInstanceOf(DataFileInvalid.class)
                .hasMessageContaining("row 2, column '公司名称'");
        assertThatThrownBy(() -> parse("688981.SH,中芯国际集成电路制造有限公司,开曼群岛,上海,上海市,\n"))
                .isInstanceOf(DataFileInvalid.class)
                .hasMessageContaining("row 2, column '依据'");
    }

    @Test
    void aCityThatIsNotInItsProvinceStopsTheLoadNamingRowAndColumn() {
        CompanyFiles.Parsed parsed = parse("688981.SH,中芯国际集成电路制造有限公司,开曼群岛,江苏,成都市,依据\n");
        assertThatThrownBy(() -> realEnterprises.compute(parsed, new ArrayList<>()))
                .isInstanceOf(DataFileInvalid.class)
                .hasMessageContaining("data/real/domestic_seats.csv: row 2, column '境内总部城市'");
    }

    @Test
    void theShippedFileNamesOnlyKnownCompaniesUnderTheirNames() {
        CompanyFiles.Parsed parsed = CompanyFiles.load();
        // 中国移动 since fact check 101: registered in Hong Kong, in 北京 by the stock list and its group's head office
        assertThat(parsed.domesticSeats()).containsKeys("688981.SH", "688347.SH", "688396.SH", "600941.SH");
        assertThat(parsed.domesticSeats().get("600941.SH").cityZh()).isEqualTo("北京市");
    }
}
