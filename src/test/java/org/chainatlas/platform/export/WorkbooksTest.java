package org.chainatlas.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What users typed reaches exported workbooks as text that no spreadsheet turns into a formula. */
class WorkbooksTest {

    @Test
    void textThatLooksLikeAFormulaIsWrittenQuotedAndUnchanged() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(1)", "\t=1", "\r=1");
        List<String> plain = List.of("宁德时代", "a=b", "1+1", "", "电话 +86 28 1234");
        List<List<Object>> rows = new ArrayList<>();
        hostile.forEach(t -> rows.add(List.of(t)));
        plain.forEach(t -> rows.add(List.of(t)));
        rows.add(Arrays.asList(-3, null));
        byte[] file = Workbooks.xlsx(List.of(new Workbooks.SheetData("=表", List.of("名称"), rows)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= hostile.size() + plain.size(); r++) {
                Cell cell = sheet.getRow(r).getCell(0);
                String expected = r <= hostile.size() ? hostile.get(r - 1) : plain.get(r - 1 - hostile.size());
                assertThat(cell.getCellType()).as(expected).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(expected);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", expected).isEqualTo(r <= hostile.size());
            }
            Row numbers = sheet.getRow(hostile.size() + plain.size() + 1);
            assertThat(numbers.getCell(0).getCellType()).as("a negative number stays a number").isEqualTo(CellType.NUMERIC);
            assertThat(numbers.getCell(0).getNumericCellValue()).isEqualTo(-3);
        }
    }
}
