package org.chainatlas.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx file row by row with POI's streaming (SAX) reader: memory stays flat whatever
 * the number of rows. Cells come as the text Excel shows, dates as yyyy-MM-dd.
 */
final class SheetReader {

    /** Receives each non-empty row: its 1-based Excel row number and its cells by 0-based column index. */
    interface Rows {
        void row(int excelRow, Map<Integer, String> cells);
    }

    /** The file is not a readable .xlsx workbook. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SheetReader() {
    }

    /** Like {@link #read}, without the first row the sheet delivers: the header row of an import template. */
    static void readBody(Path file, Rows rows) {
        boolean[] header = {true};
        read(file, (row, cells) -> {
            if (header[0]) {
                header[0] = false;
                return;
            }
            rows.row(row, cells);
        });
    }

    static void read(Path file, Rows rows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable(org.chainatlas.platform.ErrorTexts.of("import.noSheet", "the workbook has no sheet"), null);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (String format : new String[] {"m/d/yy", "yyyy/m/d", "yyyy-mm-dd", "m/d/yyyy", "yyyy\"年\"m\"月\"d\"日\"", "d-mmm-yy",
                    "mm-dd-yy"}) {
                formatter.addFormat(format, new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT));
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Handler(rows), formatter, false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | IOException | SAXException | ParserConfigurationException | org.apache.poi.EmptyFileException
                | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new Unreadable(org.chainatlas.platform.ErrorTexts.of("import.unreadable", "not a readable Excel (.xlsx) file: " + e.getMessage(), e.getMessage()), e);
        }
    }

    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private Map<Integer, String> cells = new HashMap<>();
        private int row;

        Handler(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells = new HashMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                rows.row(row, cells);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && value != null) {
                cells.put((int) new CellReference(reference).getCol(), value.strip());
            }
        }
    }
}
