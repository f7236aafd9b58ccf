package org.chainatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainatlas.project.DuplicateStatus;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.project.TicketCategory;
import org.chainatlas.project.TicketStatus;
import org.chainatlas.park.CooperationMode;
import org.chainatlas.park.OpportunityStatus;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Files people print and clerks read say things in words, never in codes (issue 13, item 7, for these exports). */
@AtlasTest
@Tag("db")
class ExportWordsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    static final List<Enum<?>[]> CODES = List.of(ProjectStage.values(), DuplicateStatus.values(), TicketCategory.values(),
            TicketStatus.values(), CooperationMode.values(), OpportunityStatus.values());

    private List<String> cells(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.add(cell.toString());
                    }
                }
            }
        }
        return out;
    }

    private static void assertNoCodes(String what, List<String> cells) {
        assertThat(cells).as(what + " has rows").hasSizeGreaterThan(20);
        for (Enum<?>[] values : CODES) {
            for (Enum<?> value : values) {
                Pattern code = Pattern.compile("\\b" + value.name() + "\\b");
                assertThat(cells).as(what + " shows the code " + value.name()).noneMatch(c -> code.matcher(c).find());
            }
        }
    }

    private byte[] download(String url) throws Exception {
        return mvc.perform(get(url).with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
    }

    @Test
    void theProjectAndTicketListsSayStagesStatusesAndCategoriesInWords() throws Exception {
        List<String> projects = cells(download("/projects.xlsx"));
        assertNoCodes("projects.xlsx", projects);
        assertThat(projects).as("stages in words").anyMatch(c -> c.equals("已签约") || c.equals("已开工") || c.equals("已投产"));
        assertNoCodes("tickets.xlsx", cells(download("/tickets.xlsx")));
    }

    @Test
    void theOpportunityListSaysModesAndStatusesInWords() throws Exception {
        List<String> list = cells(download("/chains/nev-battery/opportunities.xlsx"));
        assertNoCodes("opportunities.xlsx", list);
        // the demo's key projects were never checked by anyone: no date, and no "to be re-verified" as if they had been
        List<List<String>> rows = table(download("/chains/nev-battery/opportunities.xlsx"));
        assertThat(rows).as("demo projects say they were never verified").anySatisfy(r -> assertThat(r.get(8)).isEqualTo("演示数据，未经核实"));
        assertThat(rows).filteredOn(r -> r.size() > 9 && r.get(8).equals("演示数据，未经核实")).allSatisfy(r -> assertThat(r.get(9)).isEmpty());
    }

    /** The 机遇清单 booklet: the list, then a page per park with its facts and, for signed-in readers, its contact. */
    @Test
    void theOpportunityBookletHasAPagePerParkWithItsContact() throws Exception {
        java.util.List<String> parks = jdbc.queryForList("select distinct k.name_zh from opportunity o join park k on k.id = o.park_id"
                + " join chain_node n on n.id = o.node_id join chain c on c.id = n.chain_id where c.code = 'nev-battery'"
                + " and o.deleted_at is null and o.status in ('OPEN','NEGOTIATING')", String.class);
        assertThat(parks).as("the demo publishes battery opportunities").isNotEmpty();
        byte[] signedIn = download("/chains/nev-battery/opportunities.pdf");
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(signedIn);
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(parks.size() + 1);
        org.openpdf.text.pdf.parser.PdfTextExtractor extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        assertThat(text.toString()).contains(parks.getFirst()).contains("招商联系").doesNotContain("OPEN", "NEGOTIATING", "SOLE_INVESTMENT");
        byte[] anonymous = mvc.perform(get("/chains/nev-battery/opportunities.pdf")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        org.openpdf.text.pdf.PdfReader publicReader = new org.openpdf.text.pdf.PdfReader(anonymous);
        String lastPage = new org.openpdf.text.pdf.parser.PdfTextExtractor(publicReader).getTextFromPage(publicReader.getNumberOfPages());
        assertThat(lastPage).as("visitors are told to sign in for contacts").contains("登录平台后可见");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
        org.openpdf.text.pdf.parser.PdfTextExtractor extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /**
     * A foreign investor reading in English downloads the opportunity list in English: headers, statuses, modes, units
     * (million CNY, the same amounts as the Chinese file's 万元) and the park pages' labels; the Chinese file is unchanged.
     */
    @Test
    void theOpportunityListFollowsTheReadersLanguage() throws Exception {
        byte[] zhFile = mvc.perform(get("/chains/nev-battery/opportunities.xlsx")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        byte[] enFile = mvc.perform(get("/chains/nev-battery/opportunities.xlsx").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> zh = table(zhFile);
        List<List<String>> en = table(enFile);
        assertThat(zh.getFirst()).contains("项目名称", "拟引资（万元）");
        assertThat(en.getFirst()).containsExactly("Project", "Chain segment", "Park", "Region", "Investment sought (million CNY)",
                "Land (mu)", "Cooperation", "Status", "Verified on", "Note");
        // the demo draws its opportunities at random over the zones' segments, so how many fall on one chain moves with the
        // zone data (2 on nev-battery since 生物资源综合利用 stopped being waste disposal); every row is checked below
        assertThat(en).hasSameSizeAs(zh).hasSizeGreaterThan(2);
        java.util.Set<String> statuses = new java.util.HashSet<>();
        for (int r = 1; r < en.size(); r++) {
            String zhAmount = zh.get(r).get(4);
            if (!zhAmount.isEmpty()) {
                assertThat(Double.parseDouble(en.get(r).get(4))).as("row " + r + ": the same amount in millions")
                        .isCloseTo(Double.parseDouble(zhAmount) / 100, org.assertj.core.data.Offset.offset(1e-6));
            }
            statuses.add(en.get(r).get(7));
            assertThat(en.get(r).get(2) + en.get(r).get(6) + en.get(r).get(7)).as("row " + r + ": park, mode and status")
                    .isNotBlank();
            assertThat(en.get(r).get(6) + en.get(r).get(7) + en.get(r).get(3)).as("row %d: mode, status and region in English", r)
                    .doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(statuses).isNotEmpty();
        String english = pdfText(mvc.perform(get("/chains/nev-battery/opportunities.pdf").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(english).contains("opportunity list", "Park facts", "Cooperation", "Verified on")
                .doesNotContain("招商联系", "项目名称", "拟引资", "园区信息");
    }

    /** A participant's printed schedule is in the language they read the agenda in. */
    @Test
    void theOwnSchedulePrintFollowsTheReadersLanguage() throws Exception {
        byte[] zh = mvc.perform(get("/agenda.pdf").with(SignedIn.as(users, "catl-enterprise"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        byte[] en = mvc.perform(get("/agenda.pdf").param("lang", "en").with(SignedIn.as(users, "catl-enterprise")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(zh)).contains("洽谈日程", "洽谈对象", "对方可提供");
        assertThat(pdfText(en)).contains("meeting schedule", "Meeting with", "What they offer").doesNotContain("洽谈日程", "洽谈对象",
                "待排期", "桌号");
    }

    private List<List<String>> table(byte[] xlsx) throws Exception {
        List<List<String>> out = new ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? String.valueOf(cell.getNumericCellValue()) : format.formatCellValue(cell));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
