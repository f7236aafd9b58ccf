package org.chainatlas.platform.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * What loading the shipped data had to flag, per source file: each loader replaces its source's report when it
 * loads (at every start, the files being validated and checked again), and the data-quality page and API show
 * them. A flag names the file, the row (header = row 1), the key of the row and what was found and done.
 */
@Component
public class DataQuality {

    /** One finding: {@code kind} is a stable code (e.g. {@code ZONE_OUTSIDE_PROVINCE}), the details in both languages. */
    public record Flag(String file, long row, String key, String kind, String detailZh, String detailEn) {
    }

    /** A source's load: rows read, rows stored or used, counts by kind, and the flags. */
    public record Report(String source, String file, String titleZh, String titleEn, int rowsRead, int rowsUsed,
            Map<String, Integer> counts, List<Flag> flags, Instant loadedAt) {
    }

    private final Map<String, Report> reports = new ConcurrentHashMap<>();

    public void report(String source, String file, String titleZh, String titleEn, int rowsRead, int rowsUsed, List<Flag> flags) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        flags.stream().sorted(Comparator.comparing(Flag::kind)).forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        reports.put(source, new Report(source, file, titleZh, titleEn, rowsRead, rowsUsed, Collections.unmodifiableMap(counts),
                List.copyOf(flags), Instant.now()));
    }

    public List<Report> reports() {
        List<Report> list = new ArrayList<>(reports.values());
        list.sort(Comparator.comparing(Report::source));
        return list;
    }

    public java.util.Optional<Report> report(String source) {
        return java.util.Optional.ofNullable(reports.get(source));
    }
}
