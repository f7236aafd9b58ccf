package org.chainatlas.bench;

import java.util.Map;

import org.chainatlas.platform.demo.DemoGeneration;
import org.chainatlas.platform.demo.Progress;

/**
 * Generates and loads the national demo dataset into PostgreSQL (embedded, COPY) and into H2 (JDBC batches),
 * each from empty, and reports the time of each step and the heap in use afterwards.
 */
final class LoadBench {

    private LoadBench() {
    }

    static void run(int enterprises, int parks) {
        Report report = new Report().title("Load: " + enterprises + " enterprises, " + parks + " parks");
        report.line("| database | step | seconds |");
        report.line("|---|---|---|");
        for (BenchApp.Db db : BenchApp.Db.values()) {
            deleteData(db);
            try (BenchApp app = new BenchApp(db, enterprises, parks)) {
                for (DemoGeneration.Timing t : app.generation()) {
                    report.line(String.format("| %s | %s (total) | %.1f |", db, t.part(), t.seconds()));
                }
                for (Map.Entry<String, Double> e : Progress.recorded().entrySet()) {
                    report.line(String.format("| %s | %s | %.1f |", db, e.getKey(), e.getValue()));
                }
                Long segments = app.jdbc().queryForObject("select count(*) from enterprise_segment", Long.class);
                Long facilities = app.jdbc().queryForObject("select count(*) from enterprise_facility", Long.class);
                Long needs = app.jdbc().queryForObject("select count(*) from enterprise_need", Long.class);
                Runtime rt = Runtime.getRuntime();
                System.gc();
                report.line(String.format("| %s | rows: %d segments, %d facilities, %d needs; heap used after load %d MiB | |", db,
                        segments, facilities, needs, (rt.totalMemory() - rt.freeMemory()) >> 20));
            }
        }
        report.save();
    }

    private static void deleteData(BenchApp.Db db) {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "bench", db.name().toLowerCase());
        if (java.nio.file.Files.exists(dir)) {
            try (var walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
