package org.chainatlas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainatlas.enterprise.Uscc;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel imports: 1,000 enterprise rows with 3 bad ones report exactly those 3 with row and column; all-or-nothing
 * stores nothing, good-rows stores the other 997; a file without the required headers or not an .xlsx is refused.
 */
@AtlasTest
@Tag("db")
class ImportTests {

    static final String[] HEADERS = {"企业名称", "统一社会信用代码", "总部地区代码", "英文名称", "营收规模", "员工人数", "企业标签", "产业链",
            "产业链环节", "环节角色"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    /** 1,000 rows; rows 11, 501 and 1000 (Excel numbering) are bad in columns B, C and A. */
    static byte[] enterprises(long serialBase) throws Exception {
        Random random = new Random(serialBase);
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int i = 1; i <= 1000; i++) {
                Row row = sheet.createRow(i);
                int excelRow = i + 1;
                String uscc = Uscc.compose("511500", serialBase + i).toString();
                if (excelRow == 11) {
                    uscc = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
                }
                row.createCell(0).setCellValue(excelRow == 1000 ? "" : "导入测试电池材料有限公司" + serialBase + "-" + i);
                row.createCell(1).setCellValue(uscc);
                row.createCell(2).setCellValue(excelRow == 501 ? "999999" : "511500");
                row.createCell(3).setCellValue("Import Test " + i);
                row.createCell(4).setCellValue(random.nextBoolean() ? "1亿–10亿元" : "FROM_20M_TO_100M");
                row.createCell(5).setCellValue(50 + random.nextInt(2000));
                row.createCell(6).setCellValue(i % 7 == 0 ? "规上企业、专精特新“小巨人”" : "");
                row.createCell(7).setCellValue("nev-battery");
                row.createCell(8).setCellValue(i % 2 == 0 ? "正极材料" : "负极材料");
                row.createCell(9).setCellValue(i % 3 == 0 ? "采购" : "PRODUCES");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private JsonNode run(byte[] file, String mode) throws Exception {
        return run(file, mode, "ENTERPRISES");
    }

    private JsonNode run(byte[] file, String mode, String kind) throws Exception {
        return run(file, mode, kind, null);
    }

    /** Imports a file as the organiser reading the platform in {@code lang} (null: the default, Chinese). */
    private JsonNode run(byte[] file, String mode, String kind, String lang) throws Exception {
        var upload = multipart("/api/v1/imports").file(new MockMultipartFile("file", "企业导入.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)).param("kind", kind).param("mode", mode);
        if (lang != null) {
            upload.cookie(new jakarta.servlet.http.Cookie("chainatlas-lang", lang));
        }
        String body = mvc.perform(upload.with(Users.SICHUAN_ORGANISER.auth()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        for (int i = 0; i < 600; i++) {
            JsonNode job = json.readTree(mvc.perform(get("/api/v1/imports/" + id).with(Users.SICHUAN_ORGANISER.auth()))
                    .andReturn().getResponse().getContentAsString());
            String status = job.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private List<List<String>> errorRows(long id) throws Exception {
        byte[] file = mvc.perform(get("/api/v1/imports/" + id + "/errors.xlsx").with(Users.SICHUAN_ORGANISER.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(List.of(String.valueOf((int) row.getCell(0).getNumericCellValue()), row.getCell(1).getStringCellValue(),
                        row.getCell(2).getStringCellValue(), row.getCell(4).getStringCellValue()));
            }
        }
        return rows;
    }

    private long enterprises() {
        return jdbc.queryForObject("select count(*) from enterprise", Long.class);
    }

    @Test
    void threeBadRowsAmongAThousandAreReportedWithRowAndColumnAndTheChosenModeDecidesWhatIsStored() throws Exception {
        long base = 700_000_000L + new Random().nextInt(100_000_000);
        byte[] file = enterprises(base);
        long before = enterprises();

        JsonNode nothing = run(file, "ALL_OR_NOTHING", "ENTERPRISES", "en");
        assertThat(nothing.get("status").asString()).isEqualTo("DONE");
        assertThat(nothing.get("totalRows").asInt()).isEqualTo(1000);
        assertThat(nothing.get("badRows").asInt()).isEqualTo(3);
        assertThat(nothing.get("storedRows").asInt()).isZero();
        assertThat(enterprises()).as("all or nothing").isEqualTo(before);
        List<List<String>> errors = errorRows(nothing.get("id").asLong());
        assertThat(errors).extracting(e -> e.get(0) + e.get(1)).containsExactly("11B", "501C", "1000A")
                .hasSize(3);
        assertThat(nothing.get("message").asString()).as("said in English, as uploaded").isEqualTo("bad rows: 3 — nothing was stored (all or nothing)");
        assertThat(errors.get(0).get(3)).contains("not a valid Unified Social Credit Code").contains("check character");
        assertThat(errors.get(1).get(3)).isEqualTo("no region has the code 999999");
        assertThat(errors.get(2).get(3)).isEqualTo("must not be blank");

        JsonNode good = run(file, "GOOD_ROWS");
        assertThat(good.get("status").asString()).isEqualTo("DONE");
        assertThat(good.get("badRows").asInt()).isEqualTo(3);
        assertThat(good.get("storedRows").asInt()).isEqualTo(997);
        assertThat(enterprises()).isEqualTo(before + 997);
        List<List<String>> again = errorRows(good.get("id").asLong());
        assertThat(again).hasSize(3);
        assertThat(again.get(0)).containsExactly("11", "B", "统一社会信用代码", again.get(0).get(3));
        assertThat(good.get("message").asString()).as("said in Chinese, the default").isEqualTo("3 行有误，未保存");
        assertThat(again.get(0).get(3)).contains("不是有效的统一社会信用代码：校验位是");
        assertThat(again.get(1).get(3)).isEqualTo("没有行政区划代码 999999");
        assertThat(again.get(2).get(3)).isEqualTo("不能为空");
        assertThat(again.get(1).subList(0, 3)).containsExactly("501", "C", "总部地区代码");
        assertThat(again.get(2).subList(0, 3)).containsExactly("1000", "A", "企业名称");
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment s join enterprise e on e.id = s.enterprise_id "
                + "where e.name_zh like ?", Long.class, "导入测试电池材料有限公司" + base + "-%")).as("each row whole").isEqualTo(997);

        // stored whole and searchable like any registered enterprise
        JsonNode hits = json.readTree(mvc.perform(get("/api/v1/enterprises").param("q", "导入测试电池材料").param("size", "5")
                .with(Users.SICHUAN_ORGANISER.auth())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(hits.get("totalElements").asLong()).isGreaterThanOrEqualTo(997);
        assertThat(hits.get("content").get(0).get("nameZh").asString()).startsWith("导入测试电池材料有限公司");

        // importing the same file again: every good row is now a USCC already registered
        JsonNode repeat = run(file, "GOOD_ROWS");
        assertThat(repeat.get("badRows").asInt()).isEqualTo(1000);
        assertThat(repeat.get("storedRows").asInt()).isZero();
    }

    /** {@code n} good rows of enterprises named with a marker no other enterprise has, all producing 正极材料 in 宜宾. */
    static byte[] marked(String marker, long serialBase, int n) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int i = 1; i <= n; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(marker + "新能源材料有限公司" + i);
                row.createCell(1).setCellValue(Uscc.compose("511500", serialBase + i).toString());
                row.createCell(2).setCellValue("511500");
                row.createCell(7).setCellValue("nev-battery");
                row.createCell(8).setCellValue("正极材料");
                row.createCell(9).setCellValue("生产");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Autowired
    org.chainatlas.matching.Matching matching;
    @Autowired
    org.chainatlas.chain.Chains chains;

    /**
     * Rows are stored in batches, and nothing that follows the registry misses them: each imported enterprise has its
     * segment, its audit entry (who, created, its name), its search document and its place in the matching index; the
     * change log holds one row per batch of 500, not one per enterprise.
     */
    @Test
    void importedEnterprisesHaveTheirAuditEntriesSearchHitsAndMatchingPlaces() throws Exception {
        String marker = "燚蓦";
        int n = 1_100;
        long node = chains.graph("nev-battery").nodes().stream().filter(x -> x.nameZh().equals("正极材料")).findFirst().orElseThrow().id();
        int producersBefore = matching.producersByCity(node, null).getOrDefault("511500", 0);
        long changesBefore = jdbc.queryForObject("select coalesce(max(seq), 0) from matching_change", Long.class);

        JsonNode job = run(marked(marker, 600_000_000L + new Random().nextInt(50_000_000), n), "GOOD_ROWS");

        assertThat(job.get("storedRows").asInt()).as(job.toString()).isEqualTo(n);
        List<Long> ids = jdbc.queryForList("select id from enterprise where name_zh like ? order by id", Long.class, marker + "%");
        assertThat(ids).hasSize(n);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_segment s join enterprise e on e.id = s.enterprise_id "
                + "where e.name_zh like ? and s.node_id = ? and s.region_code = '511500' and s.role = 'PRODUCES'", Long.class,
                marker + "%", node)).as("one segment row each").isEqualTo(n);
        // the audit trail: one CREATE per enterprise, by the one who imported, with what was stored
        List<java.util.Map<String, Object>> audit = jdbc.queryForList("select a.entity_id, a.actor, a.changes from audit_entry a "
                + "join enterprise e on e.id = a.entity_id where a.entity_type = 'enterprise' and a.action = 'CREATE' and e.name_zh like ?",
                marker + "%");
        assertThat(audit).hasSize(n);
        assertThat(audit).extracting(r -> ((Number) r.get("entity_id")).longValue()).doesNotHaveDuplicates();
        assertThat(audit).allSatisfy(r -> assertThat(r.get("actor")).isEqualTo("sichuan-organiser"));
        assertThat(audit.getFirst().get("changes").toString()).contains(marker + "新能源材料有限公司").contains("正极材料");
        JsonNode history = json.readTree(mvc.perform(get("/api/v1/enterprises/" + ids.getLast() + "/history").with(Users.ADMIN.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(history.get(0).toString()).contains(marker + "新能源材料有限公司" + n);
        // the search index: every one found, and one by its full name first
        JsonNode all = json.readTree(mvc.perform(get("/api/v1/enterprises").param("q", marker).param("size", "5")
                .with(Users.SICHUAN_ORGANISER.auth())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(all.get("totalElements").asLong()).isEqualTo(n);
        JsonNode one = json.readTree(mvc.perform(get("/api/v1/enterprises").param("q", marker + "新能源材料有限公司" + 777).param("size", "3")
                .with(Users.SICHUAN_ORGANISER.auth())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(one.get("content").get(0).get("nameZh").asString()).isEqualTo(marker + "新能源材料有限公司777");
        // the matching index: the new producers count in 宜宾 at once
        assertThat(matching.producersByCity(node, null).getOrDefault("511500", 0)).isEqualTo(producersBefore + n);
        // one change-log row per batch (500 + 500 + 100), listing the batch's enterprises
        List<String> logged = jdbc.queryForList("select places from matching_change where seq > ? and kind = 'CREATED' order by seq",
                String.class, changesBefore);
        assertThat(logged).hasSize(3);
        assertThat(logged.stream().flatMap(l -> java.util.Arrays.stream(l.split(","))).map(Long::valueOf).toList())
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(jdbc.queryForObject("select count(*) from matching_change where seq > ?", Long.class, changesBefore)).isEqualTo(3);
    }

    /**
     * Good rows are checked and stored chunk by chunk in one pass; a USCC repeated in a later chunk (after the first
     * was already stored) is still that row's error, naming the first row, and nothing is stored twice.
     */
    @Test
    void aUsccRepeatedInALaterChunkIsAnErrorOnThatRowOnly() throws Exception {
        String marker = "鋆屾";
        long serial = 610_000_000L + new Random().nextInt(50_000_000);
        byte[] file = marked(marker, serial, 700);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(650).getCell(1).setCellValue(Uscc.compose("511500", serial + 1).toString()); // Excel row 651 repeats row 2
            workbook.write(out);
            file = out.toByteArray();
        }
        JsonNode job = run(file, "GOOD_ROWS");
        assertThat(job.get("storedRows").asInt()).isEqualTo(699);
        assertThat(job.get("badRows").asInt()).isEqualTo(1);
        List<List<String>> errors = errorRows(job.get("id").asLong());
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().subList(0, 2)).containsExactly("651", "B");
        assertThat(errors.getFirst().get(3)).contains("第 2 行");
        assertThat(jdbc.queryForObject("select count(*) from enterprise where name_zh like ?", Long.class, marker + "%")).isEqualTo(699);
    }

    /**
     * A file that breaks off in the middle (here: row 651's number is no number) after a chunk was stored: the job
     * fails saying where, and reports the rows it really kept — complete rows, the chunk having been committed whole.
     */
    @Test
    void aFileUnreadableHalfwayFailsAndSaysWhatItHadStored() throws Exception {
        String marker = "鋆崩";
        long serial = 670_000_000L + new Random().nextInt(50_000_000);
        byte[] file = marked(marker, serial, 700);
        java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(file)); var out = new java.util.zip.ZipOutputStream(broken)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(xml).contains("<row r=\"651\"");
                    bytes = xml.replace("<row r=\"651\"", "<row r=\"6S1\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        JsonNode job = run(broken.toByteArray(), "GOOD_ROWS");
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("storedRows").asInt()).isEqualTo(500);
        assertThat(job.get("message").asString()).contains("Excel").contains("第 650 行").contains("500 行正确数据已保存");
        assertThat(jdbc.queryForObject("select count(*) from enterprise where name_zh like ?", Long.class, marker + "%")).isEqualTo(500);
    }

    @Test
    void aFileWithoutTheTemplateHeadersOrNotAWorkbookIsRefused() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("x").createRow(0);
            row.createCell(0).setCellValue("名称");
            row.createCell(1).setCellValue("地区");
            workbook.write(out);
            JsonNode job = run(out.toByteArray(), "GOOD_ROWS");
            assertThat(job.get("status").asString()).isEqualTo("FAILED");
            assertThat(job.get("message").asString()).contains("缺少").contains("统一社会信用代码");
        }
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "list.csv", "text/csv", "a,b".getBytes()))
                .param("kind", "ENTERPRISES").with(Users.SICHUAN_ORGANISER.auth())).andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[10]))
                .param("kind", "ENTERPRISES").with(Users.CATL.auth())).andExpect(status().isForbidden());
    }

    /**
     * Amounts in a 万元 column are refused in 万元, as the file gives them (too large for any rule: as typed; above a
     * rule's bound: the bound in 万元), and a segment without a valid chain says so instead of "required".
     */
    @Test
    void amountsIn万元AreRefusedIn万元AndASegmentWithoutChainSaysWhy() throws Exception {
        String[] headers = {"园区编号", "项目名称", "产业链", "产业链环节", "拟引资（万元）"};
        String[][] rows = {
                {"宜宾临港经济技术开发区", "万元过大导入测试项目", "nev-battery", "正极材料", "1e20"},
                {"宜宾临港经济技术开发区", "万元超限导入测试项目", "nev-battery", "正极材料", "5000000000"},
                {"宜宾临港经济技术开发区", "缺产业链导入测试项目", "", "火星土豆", "1000"}};
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < headers.length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            JsonNode job = run(out.toByteArray(), "GOOD_ROWS", "OPPORTUNITIES");
            assertThat(job.get("badRows").asInt()).isEqualTo(3);
            List<List<String>> errors = errorRows(job.get("id").asLong());
            assertThat(errors).anySatisfy(e -> assertThat(e).containsExactly("2", "E", "拟引资（万元）", "1e20 万元过大：请以万元为单位填写（最多 100000000000）"));
            assertThat(errors).anySatisfy(e -> assertThat(e).containsExactly("3", "E", "拟引资（万元）", "5000000000 超出范围 0–1000000000万元"));
            assertThat(errors).anySatisfy(e -> assertThat(e).containsExactly("4", "D", "产业链环节", "先填写有效的产业链，才能识别环节“火星土豆”"));
            assertThat(errors).noneSatisfy(e -> assertThat(e.get(3)).contains("9223372036854775807"));
        }
    }

    /** What a clerk gets first: each template, downloaded and sent back as it is, stores its example row. */
    @Test
    void eachTemplatesExampleRowImportsCleanly() throws Exception {
        for (String kind : List.of("ENTERPRISES", "PARKS", "OPPORTUNITIES", "PROJECTS")) {
            byte[] template = mvc.perform(get("/api/v1/imports/templates/" + kind + ".xlsx").with(Users.SICHUAN_ORGANISER.auth()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            JsonNode job = run(template, "ALL_OR_NOTHING", kind);
            assertThat(job.get("status").asString()).as(kind + ": " + job).isEqualTo("DONE");
            assertThat(job.get("badRows").asInt()).as(kind + " example has no bad cell: " + (job.get("badRows").asInt() == 0 ? ""
                    : errorRows(job.get("id").asLong()))).isZero();
            assertThat(job.get("storedRows").asInt()).as(kind).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select hq_region_code from enterprise where uscc = '91511500MA62F4XQ5T'", String.class))
                .as("the region given by its name (宜宾市) is stored as its code").isEqualTo("511500");
    }

    /**
     * The enterprise template's example claims no official tag: a locality bureau importing it as it is was refused on
     * 规上企业、专精特新“小巨人”, which only an organiser sets.
     */
    @Test
    void theEnterpriseTemplatesExampleClaimsNoOfficialTag() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/imports/templates/ENTERPRISES.xlsx").with(Users.YIBIN_LOCALITY.auth()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            int tags = -1;
            for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().startsWith("企业标签")) {
                    tags = cell.getColumnIndex();
                }
            }
            assertThat(tags).as("a 企业标签 column").isNotNegative();
            org.apache.poi.ss.usermodel.Cell example = sheet.getRow(1).getCell(tags);
            assertThat(example == null ? "" : example.toString()).isBlank();
        }
    }

    /** The notes sheet says how to fill the columns whose header alone misleads (代码 that takes names) and lists choices. */
    @Test
    void templateNotesSayHowToFillEachColumn() throws Exception {
        Map<String, Map<String, String>> notes = new java.util.HashMap<>();
        for (String kind : List.of("ENTERPRISES", "PROJECTS")) {
            byte[] template = mvc.perform(get("/api/v1/imports/templates/" + kind + ".xlsx").with(Users.SICHUAN_ORGANISER.auth()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
                Sheet sheet = workbook.getSheet("说明");
                assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("填写说明");
                Map<String, String> byHeader = new java.util.HashMap<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    byHeader.put(row.getCell(0).getStringCellValue(), row.getCell(3) == null ? "" : row.getCell(3).getStringCellValue());
                }
                notes.put(kind, byHeader);
            }
        }
        assertThat(notes.get("PROJECTS").get("落地地区代码")).contains("行政区划代码").contains("地区名称");
        assertThat(notes.get("PROJECTS").get("园区编号")).contains("园区全称");
        assertThat(notes.get("PROJECTS").get("企业统一社会信用代码")).contains("先导入企业模板");
        assertThat(notes.get("PROJECTS").get("阶段")).contains("线索、在谈、已签约");
        assertThat(notes.get("ENTERPRISES").get("环节角色")).contains("可填：生产、采购");
        assertThat(notes.get("ENTERPRISES").get("营收规模")).contains("1亿–10亿元").contains("100亿元以上");
        assertThat(notes.get("ENTERPRISES").get("企业名称")).isEmpty();
    }

    @Test
    void aRegionIsTakenByCodeOrNameAndAnAmbiguousOrUnknownNameIsAnErrorOnItsCell() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入");
            Row header = sheet.createRow(0);
            for (int c = 0; c < 3; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            String[] regions = {"宜宾", "四川省成都市", "吉林", "火星市"};
            for (int i = 0; i < regions.length; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("地区名称导入测试公司" + i);
                row.createCell(1).setCellValue(Uscc.compose("511500", 880_000 + i).toString());
                row.createCell(2).setCellValue(regions[i]);
            }
            workbook.write(out);
            JsonNode job = run(out.toByteArray(), "GOOD_ROWS");
            assertThat(job.get("storedRows").asInt()).isEqualTo(2);
            List<List<String>> errors = errorRows(job.get("id").asLong());
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0)).containsSubsequence("4", "C");
            assertThat(errors.get(0).get(3)).as("吉林 is a province and a city").contains("个地方").contains("请填代码");
            assertThat(errors.get(1)).containsSubsequence("5", "C");
            assertThat(errors.get(1).get(3)).contains("未知地区“火星市”");
        }
        assertThat(jdbc.queryForList("select hq_region_code from enterprise where name_zh like '地区名称导入测试公司%' order by name_zh",
                String.class)).containsExactly("511500", "510100");
    }

    /**
     * A project file uploaded twice stores its projects once: the second upload's rows are refused at their name, naming
     * the stored project; a row repeated within one file is said as such; a project in talks with a signing date, an
     * Excel error value and a formula without its result are errors of their cells, not silently dropped or read as text.
     */
    @Test
    void aProjectFileUploadedTwiceStoresItsProjectsOnce() throws Exception {
        // a listed company (the public files give no USCC): by its stock code, with or without exchange, or by its name
        String[] headers = {"项目名称", "企业统一社会信用代码", "落地地区代码", "合同金额（万元）", "阶段", "签约日期"};
        java.util.function.Function<Boolean, byte[]> file = secondCopy -> {
            try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.createSheet("导入");
                Row header = sheet.createRow(0);
                for (int c = 0; c < headers.length; c++) {
                    header.createCell(c).setCellValue(headers[c]);
                }
                Object[][] rows = {
                        {"重复导入测试储能项目", "300750.SZ", "511500", 80000, "已签约", "2025-06-01"},
                        {"重复导入测试研发中心", "300750", "511500", 20000, "在谈", ""},
                        {"重复导入测试储能项目", "宁德时代", "511500", 80000, "已签约", "2025-06-01"}, // the first row again
                        {"重复导入测试二期", "300750.SZ", "511500", 30000, "在谈", "2025-06-01"},
                        {"重复导入测试三期", "300750.SZ", "511500", "#N/A", "已签约", "2025-06-01"},
                        {"重复导入测试四期", "300750.SZ", "511500", "=B3*2", "已签约", "2025-06-01"},
                        {"重复导入测试五期", "火星电池有限公司", "511500", 1000, "已签约", "2025-06-01"}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < headers.length; c++) {
                        Object v = rows[r][c];
                        if (v instanceof Integer n) {
                            row.createCell(c).setCellValue(n);
                        } else if ("#N/A".equals(v)) {
                            row.createCell(c).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
                        } else if (v.toString().startsWith("=")) {
                            row.createCell(c).setCellFormula(v.toString().substring(1)); // written without its result
                        } else {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
                workbook.write(out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        JsonNode first = run(file.apply(false), "GOOD_ROWS", "PROJECTS");
        assertThat(first.get("storedRows").asInt()).as(first.toString()).isEqualTo(2);
        List<List<String>> errors = errorRows(first.get("id").asLong());
        assertThat(errors).anySatisfy(e -> assertThat(e).containsSubsequence("4", "A", "项目名称").satisfies(
                x -> assertThat(x.get(3)).contains("重复导入测试储能项目").contains("第 2 行")));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsSubsequence("5", "F", "签约日期").satisfies(
                x -> assertThat(x.get(3)).contains("只有已签约的项目有签约日期")));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsSubsequence("6", "D").satisfies(x -> assertThat(x.get(3)).contains("#N/A")));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsSubsequence("7", "D").satisfies(x -> assertThat(x.get(3)).contains("=B3*2")));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsSubsequence("8", "B").satisfies(x -> assertThat(x.get(3)).contains("尚未登记")));
        assertThat(errors).hasSize(5);
        assertThat(jdbc.queryForList("select e.stock_code from project p join enterprise e on e.id = p.enterprise_id "
                + "where p.name_zh like '重复导入测试%'", String.class)).containsExactly("300750.SZ", "300750.SZ");

        JsonNode again = run(file.apply(true), "GOOD_ROWS", "PROJECTS");
        assertThat(again.get("storedRows").asInt()).as(again.toString()).isZero();
        List<List<String>> repeated = errorRows(again.get("id").asLong());
        long stored = jdbc.queryForObject("select id from project where name_zh = '重复导入测试储能项目'", Long.class);
        assertThat(repeated).anySatisfy(e -> assertThat(e).containsSubsequence("2", "A", "项目名称").satisfies(
                x -> assertThat(x.get(3)).contains("#" + stored).contains("重复")));
        assertThat(repeated).anySatisfy(e -> assertThat(e).containsSubsequence("3", "A", "项目名称"));
        assertThat(jdbc.queryForObject("select count(*) from project where name_zh like '重复导入测试%'", Long.class)).isEqualTo(2);
    }
}
