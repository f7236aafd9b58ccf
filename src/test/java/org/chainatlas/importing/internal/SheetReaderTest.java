package org.chainatlas.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The sheet reader gives every cell the text POI's own streaming handler ({@code XSSFSheetXMLHandler}) gives it — the
 * reader it replaced — on workbooks with shared strings and with inline strings, and the values a user typed.
 */
class SheetReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatExcelShowsWithSharedStrings() throws Exception {
        Path file = write(new XSSFWorkbook(), "shared.xlsx");
        Map<Integer, Map<Integer, String>> read = read(file);

        assertThat(read).isEqualTo(reference(file));
        assertThat(read.get(2)).containsEntry(0, "宜宾示例新能源科技有限公司").containsEntry(1, "850").containsEntry(2, "12.5")
                .containsEntry(3, "2024-03-05").containsEntry(4, "2024-03-05").containsEntry(5, "TRUE").containsEntry(6, "3")
                .containsEntry(7, "前后有空格").containsEntry(27, "AB 列");
        assertThat(read.get(3)).containsEntry(0, "红字加粗").containsEntry(1, "四川省宜宾市");
        assertThat(read).doesNotContainKey(4).containsKey(6); // a row of blanks is not delivered; numbering follows Excel
    }

    @Test
    void readsWhatExcelShowsWithInlineStrings() throws Exception {
        Path file = write(new SXSSFWorkbook(10), "inline.xlsx");
        Map<Integer, Map<Integer, String>> read = read(file);

        assertThat(read).isEqualTo(reference(file));
        assertThat(read.get(2)).containsEntry(0, "宜宾示例新能源科技有限公司").containsEntry(3, "2024-03-05").containsEntry(27, "AB 列");
    }

    @Test
    void aThousandRandomRowsReadAsPoiReadsThem() throws Exception {
        Random random = new Random(7);
        Path file = dir.resolve("random.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            for (int r = 0; r < 1_000; r++) {
                Row row = sheet.createRow(r + r / 10); // a gap every ten rows
                for (int c = 0; c < 12; c++) {
                    switch (random.nextInt(6)) {
                        case 0 -> row.createCell(c).setCellValue("名称" + random.nextInt(50) + (random.nextBoolean() ? " " : ""));
                        case 1 -> row.createCell(c).setCellValue(random.nextInt(1_000_000));
                        case 2 -> row.createCell(c).setCellValue(random.nextDouble() * 1000);
                        case 3 -> {
                            var cell = row.createCell(c);
                            cell.setCellValue(LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                            cell.setCellStyle(date);
                        }
                        case 4 -> row.createCell(c).setCellValue(random.nextBoolean());
                        default -> {
                        }
                    }
                }
            }
            workbook.write(out);
        }
        assertThat(read(file)).hasSizeGreaterThan(900).isEqualTo(reference(file));
    }

    /**
     * A cell without a value to take is marked, not read as blank or as text: an Excel error value (#N/A from a lookup
     * would have become an enterprise's name "ERROR:#N/A") and a formula a program wrote without its result (it read as
     * blank, so a typed amount silently went missing).
     */
    @Test
    void errorValuesAndFormulasWithoutResultAreMarked() throws Exception {
        Path file = dir.resolve("formulas.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue("名称");
            row.createCell(1).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            row.createCell(2).setCellFormula("B1*2"); // never evaluated: the file holds no result
            row.createCell(3).setCellFormula("1+2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(3));
            workbook.write(out);
        }
        Map<Integer, String> cells = read(file).get(1);
        assertThat(cells).containsEntry(0, "名称").containsEntry(1, SheetReader.UNREADABLE + "#N/A")
                .containsEntry(2, SheetReader.UNREADABLE + "=B1*2").containsEntry(3, "3");
    }

    @Test
    void notAWorkbookIsUnreadable() throws Exception {
        Path file = dir.resolve("text.xlsx");
        Files.writeString(file, "企业名称,统一社会信用代码\n");
        assertThatThrownBy(() -> SheetReader.read(file, (row, cells) -> {
        })).isInstanceOf(SheetReader.Unreadable.class);
    }

    /**
     * Hostile workbooks: an external entity in the sheet or in the shared strings (XXE: it would read a file of the
     * server into a cell), a sheet that inflates a thousandfold (a zip bomb) and cell references that are no numbers.
     * Each is refused as unreadable (the XML parser refuses any DOCTYPE; POI stops an entry inflating past 100 times its
     * size), and the secret file never reaches a cell.
     */
    @Test
    void hostileWorkbooksAreRefusedAsUnreadable() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String entity = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n";
        Path file = write(new XSSFWorkbook(), "base.xlsx");
        Map<Path, String> hostile = Map.of(
                replace(file, "xxe-sheet.xlsx", "xl/worksheets/sheet1.xml",
                        xml -> entity + xml.substring(xml.indexOf("?>") + 2).replace("<row r=\"2\"",
                                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row><row r=\"2\"")), "DOCTYPE",
                replace(file, "xxe-strings.xlsx", "xl/sharedStrings.xml",
                        xml -> entity + xml.substring(xml.indexOf("?>") + 2).replace("企业名称", "&e;")), "DOCTYPE",
                replace(file, "bomb.xlsx", "xl/worksheets/sheet1.xml",
                        xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000))), "Zip bomb",
                replace(file, "bad-ref.xlsx", "xl/worksheets/sheet1.xml",
                        xml -> xml.replace("r=\"2\"", "r=\"99999999999\"")), "99999999999");
        for (Map.Entry<Path, String> bad : hostile.entrySet()) {
            List<String> cells = new ArrayList<>();
            assertThatThrownBy(() -> SheetReader.read(bad.getKey(), (row, read) -> cells.addAll(read.values())))
                    .as(bad.getKey().getFileName().toString()).isInstanceOf(SheetReader.Unreadable.class)
                    .hasMessageContaining(bad.getValue());
            assertThat(cells).as(bad.getKey().getFileName().toString()).noneMatch(c -> c.contains("TOP-SECRET"));
        }
        assertThat(read(file)).isNotEmpty(); // the workbook they were made from reads
    }

    /** A workbook without a styles part (other tools write such files): numbers as Excel's General format shows them. */
    @Test
    void aWorkbookWithoutStylesReadsNumbersInTheGeneralFormat() throws Exception {
        Path file = write(new XSSFWorkbook(), "styled.xlsx");
        Path bare = dir.resolve("bare.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bare))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                if (entry.getName().equals("xl/styles.xml")) {
                    continue;
                }
                if (entry.getName().equals("xl/_rels/workbook.xml.rels") || entry.getName().equals("[Content_Types].xml")) {
                    bytes = text.replaceAll("<(Relationship|Override)[^>]*styles[^>]*/>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Map<Integer, Map<Integer, String>> read = read(bare);
        assertThat(read.get(2)).containsEntry(0, "宜宾示例新能源科技有限公司").containsEntry(1, "850").containsEntry(2, "12.5")
                .containsEntry(3, "45356").containsEntry(5, "TRUE");
    }

    /** A copy of a workbook with one of its parts rewritten. */
    private Path replace(Path file, String name, String part, java.util.function.UnaryOperator<String> change) throws Exception {
        Path copy = dir.resolve(name);
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            boolean found = false;
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    String changed = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(changed).as("the change applies to " + part).isNotEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                    bytes = changed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            assertThat(found).as(part + " in the workbook").isTrue();
        }
        return copy;
    }

    @Test
    void columnsAreNumberedFromTheReference() {
        assertThat(SheetReader.column("A1")).isZero();
        assertThat(SheetReader.column("Z9")).isEqualTo(25);
        assertThat(SheetReader.column("AB12")).isEqualTo(27);
        assertThat(SheetReader.column("XFD1048576")).isEqualTo(CellReference.convertColStringToIndex("XFD"));
        assertThat(SheetReader.column("12")).isEqualTo(-1);
    }

    private Path write(Workbook workbook, String name) throws Exception {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("企业");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("企业名称");
            header.createCell(1).setCellValue("员工人数");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("宜宾示例新能源科技有限公司");
            row.createCell(1).setCellValue(850);
            row.createCell(2).setCellValue(12.5);
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            var d = row.createCell(3);
            d.setCellValue(LocalDate.of(2024, 3, 5));
            d.setCellStyle(isoDate);
            CellStyle builtinDate = workbook.createCellStyle();
            builtinDate.setDataFormat((short) 14); // m/d/yy, Excel's default short date
            var d2 = row.createCell(4);
            d2.setCellValue(LocalDate.of(2024, 3, 5));
            d2.setCellStyle(builtinDate);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellFormula("1+2");
            row.createCell(7).setCellValue("  前后有空格  ");
            row.createCell(27).setCellValue("AB 列");
            Row rich = sheet.createRow(2);
            if (workbook instanceof XSSFWorkbook xssf) {
                XSSFRichTextString text = new XSSFRichTextString("红字加粗");
                XSSFFont bold = xssf.createFont();
                bold.setBold(true);
                text.applyFont(0, 2, bold);
                rich.createCell(0).setCellValue(text);
            } else {
                rich.createCell(0).setCellValue("红字加粗");
            }
            rich.createCell(1).setCellValue("四川省宜宾市");
            Row blanks = sheet.createRow(3);
            blanks.createCell(0).setCellValue("   ");
            blanks.createCell(1).setBlank();
            sheet.createRow(5).createCell(2).setCellValue("第六行");
            if (workbook instanceof XSSFWorkbook xssf) {
                xssf.getCreationHelper().createFormulaEvaluator().evaluateAll();
            } else if (workbook instanceof SXSSFWorkbook sxssf) {
                sxssf.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
        }
        return file;
    }

    private static Map<Integer, Map<Integer, String>> read(Path file) {
        Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        SheetReader.read(file, (row, cells) -> rows.put(row, new TreeMap<>(cells)));
        return rows;
    }

    /** The same file through POI's streaming handler, configured as the import configured it before. */
    private static Map<Integer, Map<Integer, String>> reference(Path file) throws Exception {
        Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                List<Integer> current = new ArrayList<>();
                Map<Integer, String>[] cells = new Map[1];
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                                current.clear();
                                current.add(rowNum + 1);
                                cells[0] = new HashMap<>();
                            }

                            @Override
                            public void endRow(int rowNum) {
                                if (cells[0].values().stream().anyMatch(v -> !v.isBlank())) {
                                    rows.put(current.get(0), new TreeMap<>(cells[0]));
                                }
                            }

                            @Override
                            public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
                                if (reference != null && value != null) {
                                    cells[0].put((int) new CellReference(reference).getCol(), value.strip());
                                }
                            }
                        }, SheetReader.formatter(), false));
                parser.parse(new InputSource(sheet));
            }
        }
        return rows;
    }
}
