package org.chainatlas.platform.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * A whole UTF-8 CSV file with a header row, read and checked before anyone uses a value: every row must
 * have as many columns as the header. Values are read through {@link Row}, whose accessors throw
 * {@link DataFileInvalid} naming the file, row (the header is row 1) and column.
 */
public final class CsvTable {

    private final String file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** Reads a table from the classpath and checks that its header has at least the expected columns. */
    public static CsvTable fromClasspath(String path, String... expectedColumns) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new DataFileInvalid(path, "file", "is missing from the classpath");
        }
        try {
            CsvTable table = read(path, resource.getInputStream());
            table.requireColumns(expectedColumns);
            return table;
        } catch (IOException e) {
            throw new DataFileInvalid(path, "file", "cannot be read: " + e.getMessage());
        }
    }

    public static CsvTable read(String file, InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = null;
            Map<String, Integer> index = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long rowNumber = record.getRecordNumber();
                List<String> values = record.toList();
                if (header == null) {
                    header = values.stream().map(v -> v.replace("\uFEFF", "").strip()).toList();
                    for (int i = 0; i < header.size(); i++) {
                        if (index.putIfAbsent(header.get(i), i) != null) {
                            throw new DataFileInvalid(file, "row 1", "column '" + header.get(i) + "' appears twice in the header");
                        }
                    }
                    continue;
                }
                if (values.size() != header.size()) {
                    throw new DataFileInvalid(file, "row " + rowNumber, "expected " + header.size() + " columns but found "
                            + values.size());
                }
                rows.add(new Row(file, rowNumber, index, values));
            }
            if (header == null) {
                throw new DataFileInvalid(file, "row 1", "the file is empty: a header row is required");
            }
            return new CsvTable(file, header, List.copyOf(rows));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataFileInvalid(file, "file", "is not valid CSV: " + e.getMessage());
        }
    }

    public void requireColumns(String... expected) {
        List<String> missing = Arrays.stream(expected).filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new DataFileInvalid(file, "row 1", "missing column(s) " + missing + "; the header has " + header);
        }
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data row; accessors name this row and the column in their errors. */
    public static final class Row {

        private final String file;
        private final long number;
        private final Map<String, Integer> index;
        private final List<String> values;

        Row(String file, long number, Map<String, Integer> index, List<String> values) {
            this.file = file;
            this.number = number;
            this.index = index;
            this.values = values;
        }

        /** Row number as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
        public long number() {
            return number;
        }

        /** The stripped value, or null when the cell is blank. */
        public String optional(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw invalid(column, "no such column in the header");
            }
            String value = values.get(i).strip();
            return value.isEmpty() ? null : value;
        }

        public String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw invalid(column, "must not be empty");
            }
            return value;
        }

        public int integer(String column) {
            String value = required(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw invalid(column, "'" + value + "' is not a whole number");
            }
        }

        /** A decimal number inside [min, max]. */
        public double decimal(String column, double min, double max) {
            String value = required(column);
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw invalid(column, "'" + value + "' is not a number");
            }
            if (!(number >= min && number <= max)) {
                throw invalid(column, value + " is outside " + min + "–" + max);
            }
            return number;
        }

        public DataFileInvalid invalid(String column, String reason) {
            return DataFileInvalid.at(file, number, column, reason);
        }
    }
}
