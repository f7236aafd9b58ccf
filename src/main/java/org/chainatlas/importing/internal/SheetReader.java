package org.chainatlas.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file row by row, streaming its XML (POI opens the package and reads the styles;
 * the cells are read by a SAX handler of our own): memory stays flat whatever the number of rows.
 * Cells come as the text Excel shows, dates as yyyy-MM-dd.
 */
final class SheetReader {

    /**
     * Marks a cell that has no value to read: an Excel error value ({@code UNREADABLE + "#N/A"}) or a formula whose result
     * the file does not hold ({@code UNREADABLE + "=" + formula}, a workbook written by a program, never opened in
     * Excel). XML text cannot hold this character, so no typed value starts with it.
     */
    static final char UNREADABLE = '\u0000';

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
            List<String> strings = sharedStrings(reader);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable(org.chainatlas.platform.ErrorTexts.of("import.noSheet", "the workbook has no sheet"), null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, styles, formatter(), rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | IOException | SAXException | ParserConfigurationException | org.apache.poi.EmptyFileException
                | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException
                | NumberFormatException | IndexOutOfBoundsException e) {
            throw new Unreadable(org.chainatlas.platform.ErrorTexts.of("import.unreadable", "not a readable Excel (.xlsx) file: " + e.getMessage(), e.getMessage()), e);
        }
    }

    /** How numbers and dates are shown: as Excel shows them, dates as yyyy-MM-dd whatever their format. */
    static DataFormatter formatter() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (String format : new String[] {"m/d/yy", "yyyy/m/d", "yyyy-mm-dd", "m/d/yyyy", "yyyy\"年\"m\"月\"d\"日\"", "d-mmm-yy",
                "mm-dd-yy"}) {
            formatter.addFormat(format, new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT));
        }
        return formatter;
    }

    /**
     * The workbook's shared strings as plain text (runs joined, phonetic guides left out), read once. POI's read-only
     * table hands out each cell's string as a new rich-text object, which took a tenth of a 100,000-row import.
     */
    private static List<String> sharedStrings(XSSFReader reader) throws IOException, SAXException, ParserConfigurationException,
            OpenXML4JException {
        List<String> strings = new ArrayList<>();
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (IllegalArgumentException missing) {
            return strings; // a workbook without shared strings (every string inline)
        }
        if (data == null) {
            return strings;
        }
        try (InputStream in = data) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inText;
                private boolean inPhonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    switch (localName(localName, qName)) {
                        case "si" -> text.setLength(0);
                        case "t" -> inText = !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName(localName, qName)) {
                        case "si" -> strings.add(text.toString());
                        case "t" -> inText = false;
                        case "rPh" -> inPhonetic = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText) {
                        text.append(ch, start, length);
                    }
                }
            });
            parser.parse(new InputSource(in));
        }
        return strings;
    }

    private static String localName(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** 0-based column of a cell reference such as "AB12", or -1 when it has no letters. */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : column - 1;
    }

    /**
     * The sheet's rows and cells, each cell as the text Excel shows: shared and inline strings, booleans as TRUE/FALSE,
     * errors as {@link #UNREADABLE} and the code, formulas by their cached result (or {@link #UNREADABLE} and the formula
     * when the file holds none), numbers and dates through the cell style's format (the
     * same rules as POI's {@code XSSFSheetXMLHandler}, which built a rich-text object per string cell). A cell without
     * a value is left out; a row is delivered when one of its cells is not blank.
     */
    private static final class SheetHandler extends DefaultHandler {
        private final List<String> strings;
        private final StylesTable styles;
        private final DataFormatter formatter;
        private final Rows rows;
        private final StringBuilder value = new StringBuilder();
        private Map<Integer, String> cells = new HashMap<>();
        private int row;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean hasValue;
        private boolean inFormula;
        private final StringBuilder formula = new StringBuilder();

        SheetHandler(List<String> strings, StylesTable styles, DataFormatter formatter, Rows rows) {
            this.strings = strings;
            this.styles = styles;
            this.formatter = formatter;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    column = -1;
                    cells = new HashMap<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    int c = r == null ? -1 : column(r);
                    column = c < 0 ? column + 1 : c;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                    formula.setLength(0);
                    hasValue = false;
                }
                case "f" -> {
                    inFormula = true;
                    formula.append('=');
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                    value.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                    value.setLength(0);
                }
                case "t" -> inValue = inInline && !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName(localName, qName)) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inValue = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (hasValue) {
                        cells.put(column, text().strip());
                    } else if (formula.length() > 0) {
                        cells.put(column, UNREADABLE + formula.toString());
                    }
                }
                case "row" -> {
                    for (String v : cells.values()) {
                        if (!v.isBlank()) {
                            rows.row(row, cells);
                            break;
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        private String text() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                return number(v);
            }
            return switch (type) {
                case "s" -> strings.get(Integer.parseInt(v.strip()));
                case "b" -> v.isEmpty() || v.charAt(0) == '0' ? "FALSE" : "TRUE";
                case "e" -> UNREADABLE + v.strip();
                default -> v; // inlineStr, str (a formula's text), d (an ISO date)
            };
        }

        private String number(String v) {
            if (v.isEmpty()) {
                return v;
            }
            XSSFCellStyle cellStyle = styles == null ? null : style != null ? styles.getStyleAt(Integer.parseInt(style))
                    : styles.getNumCellStyles() > 0 ? styles.getStyleAt(0) : null;
            if (cellStyle == null) { // no styles part: shown as Excel's General format shows it (850, not 850.0)
                return formatter.formatRawCellContents(Double.parseDouble(v), 0, "General");
            }
            short formatIndex = cellStyle.getDataFormat();
            String format = cellStyle.getDataFormatString();
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            return format == null ? v : formatter.formatRawCellContents(Double.parseDouble(v), formatIndex, format);
        }
    }
}
