package org.chainatlas.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.platform.data.DataQuality;
import org.junit.jupiter.api.Test;

/** What the listed-company files say about themselves: texts whose characters the source lost are flagged, not hidden. */
class CompanyFilesTest {

    private static CsvTable table(String file, String text) {
        return CsvTable.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anIntroductionWhoseCharactersTheSourceLostIsFlaggedOnItsRow() {
        String profiles = """
                ts_code,公司名称,交易所,省份,城市,公司简介,公司员工数,主营业务
                600618.SH,上海氯碱化工股份有限公司,SSE,上海,上海市,公司主要？产基地在上海市南部的上海化学？业区和？西壮族？治区钦州市。,1500,烧碱、液氯
                600309.SH,万华化学集团股份有限公司,SSE,山东,烟台市,公司是全球领先的化工新材料公司？是的。,30000,MDI
                """;
        CompanyFiles.Parsed parsed = CompanyFiles.parse(table(CompanyFiles.PROFILES, profiles),
                table(CompanyFiles.FINANCIALS, "股票代码,营业收入,年度\n"),
                table(CompanyFiles.STOCKS, "ts_code,name,area,industry,status\n600618.SH,氯碱化工,上海,化工原料,L\n600309.SH,万华化学,山东,化工原料,L\n"),
                table(CompanyFiles.DOMESTIC_SEATS, "ts_code,公司名称,注册地,境内总部省份,境内总部城市,依据\n"));

        assertThat(parsed.flags()).filteredOn(f -> f.kind().equals("COMPANY_TEXT_GARBLED")).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("600618.SH");
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.detailZh()).contains("4 处");
        });
        // one question mark between characters may be a question asked: below the threshold, no flag (万华's row)
        assertThat(CompanyFiles.lostCharacters("公司是全球领先的化工新材料公司？是的。")).isEqualTo(1).isLessThan(CompanyFiles.GARBLED);
        assertThat(CompanyFiles.lostCharacters("产品？ 以及 ?")).isZero();
        assertThat(CompanyFiles.lostCharacters("提升用？？体验")).as("a run of two between characters").isEqualTo(2);
        assertThat(CompanyFiles.lostCharacters(null)).isZero();
    }

    /**
     * Fact check 48: a company the stock list lacks whose own text says its listing ended is delisted (通海高科: …换股为吉电股份 —
     * 长春's TV and panel segments rested on it), and a listed one that merged another in is not (潍柴: 通过换股吸收合并方式实现…上市).
     */
    @Test
    void aCompanyWhoseTextSaysItsListingEndedIsDelisted() {
        String profiles = """
                ts_code,公司名称,交易所,省份,城市,公司简介,公司员工数,主营业务
                000991.SZ,吉林省通海高科技股份有限公司,SZSE,吉林,长春市,主要产品为彩色电视机。换股为吉电股份。,100,电视机
                000338.SZ,潍柴动力股份有限公司,SZSE,山东,潍坊市,是首家通过换股吸收合并方式实现“HtoA”两地上市的企业。,1000,柴油机
                920001.BJ,示例新材料股份有限公司,BSE,江苏,苏州市,公司生产锂电池隔膜。,100,隔膜
                """;
        CompanyFiles.Parsed parsed = CompanyFiles.parse(table(CompanyFiles.PROFILES, profiles),
                table(CompanyFiles.FINANCIALS, "股票代码,营业收入,年度\n"),
                table(CompanyFiles.STOCKS, "ts_code,name,area,industry,status\n000338.SZ,潍柴动力,山东,汽车配件,L\n"),
                table(CompanyFiles.DOMESTIC_SEATS, "ts_code,公司名称,注册地,境内总部省份,境内总部城市,依据\n"));
        assertThat(parsed.companies()).filteredOn(c -> c.stockCode().equals("000991.SZ")).singleElement()
                .satisfies(c -> assertThat(c.listingStatus()).isEqualTo("D"));
        assertThat(parsed.companies()).filteredOn(c -> c.stockCode().equals("000338.SZ")).singleElement()
                .satisfies(c -> assertThat(c.listingStatus()).isEqualTo("L"));
        assertThat(parsed.companies()).filteredOn(c -> c.stockCode().equals("920001.BJ")).singleElement()
                .satisfies(c -> assertThat(c.listingStatus()).isNull());
        assertThat(parsed.flags()).filteredOn(f -> f.key().equals("000991.SZ")).extracting(DataQuality.Flag::kind)
                .contains("COMPANY_DELISTED").doesNotContain("COMPANY_NO_INDUSTRY_CLASS");
    }
}
