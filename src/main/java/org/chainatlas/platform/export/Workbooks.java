package org.chainatlas.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.chainatlas.platform.web.Formats;

/**
 * Writes lists as Excel workbooks (Apache POI, streaming: only a window of rows is kept in memory), one sheet
 * per list, with a bold header row and frozen panes. Numbers stay numbers; times are written in China time. Text
 * that a spreadsheet would take for a formula once the cell is edited or the sheet saved as CSV (starting with
 * {@code = + - @}, a tab or a carriage return: names typed by users reach these files) is written as text with Excel's
 * quote prefix, the value itself unchanged.
 */
public final class Workbooks {

    /** One sheet: its name, column headers and rows of cell values. */
    public record SheetData(String name, List<String> headers, List<List<Object>> rows) {
    }

    private Workbooks() {
    }

    public static byte[] xlsx(List<SheetData> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(safe(data.name()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < data.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(data.headers().get(c));
                    cell.setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                for (int r = 0; r < data.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = data.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        set(row.createCell(c), values.get(c), quoted);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value, CellStyle quoted) {
        switch (value) {
            case null -> cell.setBlank();
            case Number n -> cell.setCellValue(n.doubleValue());
            case Boolean b -> cell.setCellValue(b);
            case Instant i -> cell.setCellValue(new Formats().time(i));
            case LocalDate d -> cell.setCellValue(d.toString());
            default -> {
                String text = String.valueOf(value);
                cell.setCellValue(text);
                if (formulaLike(text)) {
                    cell.setCellStyle(quoted);
                }
            }
        }
    }

    /** Text a spreadsheet would read as a formula (OWASP CSV injection): its first character is one of = + - @ tab CR. */
    static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ . */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
