package org.chainatlas.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chainatlas.platform.data.CsvTable;

/**
 * A real transfer case: an enterprise based in one city signed, started or put into production a project in another.
 * Only {@link #query()} is given to the ranking; the destination is read by the scoring alone.
 */
public record TransferCase(long row, String enterprise, String homeCity, String homeProvince, String destinationCity,
        String destinationProvince, String destinationPark, String industry, String product, String investment, String year,
        String stage, String source) {

    /** What the enterprise would ask with: who it is, where it is based, what it wants to make. Never the destination. */
    public record Query(long row, String enterprise, String homeCity, String homeProvince, String industry, String product) {
    }

    public Query query() {
        return new Query(row, enterprise, homeCity, homeProvince, industry, product);
    }

    static final String[] COLUMNS = {"enterprise_zh", "enterprise_hq_city_zh", "hq_province_zh", "destination_city_zh",
        "destination_province_zh", "destination_county_or_park_zh", "industry_zh", "product_zh", "investment_cny_100m", "year",
        "stage", "source_url"};

    /** The cases of a file with the columns of {@code transfer_cases_dev.csv}, validated whole. */
    public static List<TransferCase> read(String name, InputStream in) {
        CsvTable table = CsvTable.read(name, in);
        table.requireColumns(COLUMNS);
        List<TransferCase> cases = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            cases.add(new TransferCase(r.number(), r.required("enterprise_zh"), r.optional("enterprise_hq_city_zh"),
                    r.optional("hq_province_zh"), r.required("destination_city_zh"), r.optional("destination_province_zh"),
                    r.optional("destination_county_or_park_zh"), r.optional("industry_zh"), r.optional("product_zh"),
                    r.optional("investment_cny_100m"), r.optional("year"), r.optional("stage"), r.optional("source_url")));
        }
        return cases;
    }

    public static List<TransferCase> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        }
    }

    public static List<TransferCase> development() {
        try (InputStream in = TransferCase.class.getResourceAsStream("/evaluation/transfer_cases_dev.csv")) {
            return read("evaluation/transfer_cases_dev.csv", in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
