package org.chainatlas.importing.internal;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainatlas.bench.BenchApp;
import org.chainatlas.bench.Report;
import org.chainatlas.enterprise.Uscc;
import org.chainatlas.importing.ImportJobView;
import org.chainatlas.importing.ImportKind;
import org.chainatlas.importing.ImportMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A 100k-row enterprise import (template headers, 0.1% bad rows) on a fresh embedded database: time and peak heap
 * of reading the file with the streaming reader the import uses, against POI's in-memory workbook (the baseline a
 * naive import would use), then the whole import (check + store, good rows mode) with its rate and peak heap.
 * Baseline of the same run: the row-by-row path imports had before the bulk one, on --baseline-rows rows. Afterwards it
 * counts what the import must leave complete: rows, audit entries, search hits, matching-index places, change-log rows.
 * Then, unless --warm false, a second file of as many rows (other enterprises) is imported the same way: the same import
 * in a JVM whose compiler has already seen it once, as on a server that has imported before. The first import's compiler
 * work (the JIT compiles Lucene's, H2's and the import's hot paths while they run, on the same two cores) is part of its
 * time (the first follows only the small row-by-row baseline in the same JVM); the second shows the import without it,
 * on a database already holding the first file's rows (its enterprises differ by USCC; names repeat, counts are deltas).
 * Options: --rows N (default 100000), --baseline-rows N (default 10000), --db h2|postgres (default h2), --warm true|false.
 */
public final class ImportBench {

    private ImportBench() {
    }

    /**
     * The peak heap above the starting level, as the collector saw it: the heap in use right after each collection that
     * happens while running (no collection is forced meanwhile: forcing one every second took a quarter of the import's
     * time in full collections). Garbage already promoted to the old generation and not yet collected counts too, so
     * this is an upper bound of the live heap.
     */
    static final class HeapPeak implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final long start;
        private final List<javax.management.NotificationEmitter> emitters = new java.util.ArrayList<>();
        private final javax.management.NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(java.lang.management.MemoryUsage::getUsed)
                        .sum();
                peak.accumulateAndGet(used, Math::max);
            }
        };

        HeapPeak() {
            System.gc();
            start = memory.getHeapMemoryUsage().getUsed();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
        }

        long mib() {
            return Math.max(0, peak.get() - start) / (1 << 20);
        }

        @Override
        public void close() {
            System.gc();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            for (var emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // gone already
                }
            }
        }
    }

    static final String NAME = "导入基准测试新能源材料有限公司";

    static void write(Path file, int rows, long base) throws Exception {
        Random random = new Random(base);
        String[] headers = {"企业名称", "统一社会信用代码", "总部地区代码", "英文名称", "营收规模", "员工人数", "企业标签", "产业链", "产业链环节", "环节角色",
                "企业简介"};
        String[] regions = {"511500", "510100", "510700", "511100", "510500", "513400"};
        String[] nodes = {"正极材料", "负极材料", "电解液", "隔膜", "动力电池电芯"};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("导入");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                String region = regions[random.nextInt(regions.length)];
                String uscc = Uscc.compose(region, base + i).toString();
                if (i % 1000 == 0) {
                    uscc = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
                }
                row.createCell(0).setCellValue(NAME + i);
                row.createCell(1).setCellValue(uscc);
                row.createCell(2).setCellValue(region);
                row.createCell(3).setCellValue("Import Bench New Energy Materials " + i);
                row.createCell(4).setCellValue("1亿–10亿元");
                row.createCell(5).setCellValue(50 + random.nextInt(3000));
                row.createCell(6).setCellValue(i % 5 == 0 ? "规上企业" : "");
                row.createCell(7).setCellValue("nev-battery");
                row.createCell(8).setCellValue(nodes[random.nextInt(nodes.length)]);
                row.createCell(9).setCellValue(i % 4 == 0 ? "采购" : "生产");
                row.createCell(10).setCellValue("锂电池材料研发与生产，承接东部沿海产能转移。");
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    public static void run(Map<String, String> options) throws Exception {
        int rows = Integer.parseInt(options.getOrDefault("rows", "100000"));
        BenchApp.Db db = "postgres".equalsIgnoreCase(options.getOrDefault("db", "h2")) ? BenchApp.Db.POSTGRES : BenchApp.Db.H2;
        Path file = Path.of("target", "bench", "import-" + rows + ".xlsx");
        Files.createDirectories(file.getParent());
        long base = 800_000_000L + System.currentTimeMillis() % 100_000_000L;
        long t = System.nanoTime();
        write(file, rows, base);
        double writeSeconds = (System.nanoTime() - t) / 1e9;

        long domMs;
        long domMib;
        try (HeapPeak heap = new HeapPeak(); InputStream in = new FileInputStream(file.toFile())) {
            t = System.nanoTime();
            long cells = 0;
            try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                for (Row row : workbook.getSheetAt(0)) {
                    cells += row.getPhysicalNumberOfCells();
                }
            }
            domMs = (System.nanoTime() - t) / 1_000_000;
            domMib = heap.mib();
            System.out.println("in-memory workbook read " + cells + " cells");
        }
        long streamMs;
        long streamMib;
        try (HeapPeak heap = new HeapPeak()) {
            t = System.nanoTime();
            long[] cells = {0};
            SheetReader.read(file, (row, values) -> cells[0] += values.size());
            streamMs = (System.nanoTime() - t) / 1_000_000;
            streamMib = heap.mib();
            System.out.println("streaming reader read " + cells[0] + " cells");
        }

        int baselineRows = Math.min(rows, Integer.parseInt(options.getOrDefault("baseline-rows", "10000")));
        Path baselineFile = Path.of("target", "bench", "import-baseline-" + baselineRows + ".xlsx");
        write(baselineFile, baselineRows, base + 50_000_000L);
        String dbName = "import-" + db.name().toLowerCase();
        org.springframework.util.FileSystemUtils.deleteRecursively(Path.of("target", "bench", dbName)); // a fresh database each run
        try (BenchApp app = new BenchApp(db, dbName, 0, 0)) {
            UserDetails admin = app.bean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null,
                    admin.getAuthorities()));
            Imports imports = app.bean(Imports.class);
            Counts counts = new Counts(app);

            // baseline, same run: the row-by-row path imports had before (a USCC query, an insert with its key, the
            // segment, the audit entry and a change-log row per row)
            imports.rowByRow = true;
            Timed baseline = importFile(imports, baselineFile);
            imports.rowByRow = false;

            Counts.Snapshot before = counts.take();
            Timed bulk = importFile(imports, file);
            Counts.Snapshot after = counts.settled(before);
            Timed warm = null;
            Counts.Snapshot warmAfter = null;
            if (!"false".equals(options.getOrDefault("warm", "true"))) {
                Path second = Path.of("target", "bench", "import-" + rows + "-second.xlsx");
                write(second, rows, base + 25_000_000L);
                warm = importFile(imports, second);
                warmAfter = counts.settled(after);
            }
            Report report = new Report().title("Import: " + rows + " enterprise rows from Excel, " + db + " (file "
                    + Files.size(file) / 1024 + " KiB, written in " + String.format("%.1f", writeSeconds) + " s)");
            report.line("| what | rows | seconds | rows/s | peak heap after a collection, above start (MiB) | CPU s, all threads |");
            report.line("|---|---:|---:|---:|---:|---:|");
            report.line(String.format("| read the file: POI in-memory workbook (baseline) | %,d | %.1f | %,.0f | %,d | |", rows, domMs / 1000.0,
                    rows * 1000.0 / domMs, domMib));
            report.line(String.format("| read the file: streaming reader (used by the import) | %,d | %.1f | %,.0f | %,d | |", rows,
                    streamMs / 1000.0, rows * 1000.0 / streamMs, streamMib));
            report.line(String.format("| whole import, row by row (baseline: the path before the bulk one) | %,d | %.1f | %,.0f | %,d | %.1f |",
                    baselineRows, baseline.ms() / 1000.0, baselineRows * 1000.0 / baseline.ms(), baseline.mib(), baseline.cpuMs() / 1000.0));
            report.line(String.format("| whole import, in batches of 500 (check every row + store good rows) | %,d | %.1f | %,.0f | %,d | %.1f |",
                    rows, bulk.ms() / 1000.0, rows * 1000.0 / bulk.ms(), bulk.mib(), bulk.cpuMs() / 1000.0));
            if (warm != null) {
                report.line(String.format("| the same with a second file, the JVM warm (after the first file's %,d rows) | %,d | %.1f | %,.0f | %,d | %.1f |",
                        after.enterprises() - before.enterprises(), rows, warm.ms() / 1000.0, rows * 1000.0 / warm.ms(), warm.mib(), warm.cpuMs() / 1000.0));
            }
            report.line("");
            ImportJobView job = bulk.job();
            report.line(String.format("Import result: %s, %,d rows, %,d bad (%s), %,d stored. Rows/s batches ÷ row by row: %.1f×. "
                    + "Streaming ÷ in-memory read: time %.2f×, peak heap %.2f×.", job.status(), job.totalRows(), job.badRows(),
                    "one bad USCC check digit per 1,000 rows", job.storedRows(), (rows * 1000.0 / bulk.ms()) / (baselineRows * 1000.0
                            / baseline.ms()), (double) streamMs / domMs, (double) Math.max(1, streamMib) / Math.max(1, domMib)));
            report.line("");
            report.line("Complete afterwards (the import's change to each, counted after it):");
            report.line("| what | added | expected |");
            report.line("|---|---:|---:|");
            report.line(String.format("| enterprises named like the file's rows | %,d | %,d |", after.enterprises() - before.enterprises(),
                    job.storedRows()));
            report.line(String.format("| their CREATE entries in the audit trail | %,d | %,d |", after.audit() - before.audit(),
                    job.storedRows()));
            report.line(String.format("| their hits in the search index | %,d | %,d |", after.hits() - before.hits(), job.storedRows()));
            report.line(String.format("| their producer places in the matching index | %,d | %,d (producing rows in the database) |",
                    after.indexed() - before.indexed(), after.producing() - before.producing()));
            report.line(String.format("| change-log rows | %,d | %,d (one per batch of 500) |", after.changes() - before.changes(),
                    (job.storedRows() + Imports.BATCH - 1) / Imports.BATCH));
            if (warm != null) {
                ImportJobView second = warm.job();
                report.line("");
                report.line(String.format("The second file: %s, %,d rows, %,d bad, %,d stored; afterwards %,d enterprises, %,d CREATE entries, "
                        + "%,d search hits, %,d matching-index places (of %,d producing rows), %,d change-log rows added by it.",
                        second.status(), second.totalRows(), second.badRows(), second.storedRows(),
                        warmAfter.enterprises() - after.enterprises(), warmAfter.audit() - after.audit(), warmAfter.hits() - after.hits(),
                        warmAfter.indexed() - after.indexed(), warmAfter.producing() - after.producing(), warmAfter.changes() - after.changes()));
            }
            report.save();
        }
    }

    /** The import's wall time, the CPU time the whole process used meanwhile (every thread: import, index worker, H2's
     * writer, merges, collector), and its peak heap. CPU time varies less than wall time on these shared machines. */
    record Timed(ImportJobView job, long ms, long cpuMs, long mib) {
    }

    /** CPU time of this process so far, all threads. */
    static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    static Timed importFile(Imports imports, Path file) throws Exception {
        try (HeapPeak heap = new HeapPeak(); InputStream in = Files.newInputStream(file)) {
            long t = System.nanoTime();
            long cpu = cpuMs();
            ImportJobView job = imports.start(ImportKind.ENTERPRISES, ImportMode.GOOD_ROWS, file.getFileName().toString(), in);
            while (!job.status().equals("DONE") && !job.status().equals("FAILED")) {
                Thread.sleep(200);
                job = imports.job(job.id());
            }
            return new Timed(job, (System.nanoTime() - t) / 1_000_000, cpuMs() - cpu, heap.mib());
        }
    }

    /** What the import must leave complete: rows, audit entries, search hits, matching-index places, change-log rows. */
    static final class Counts {
        record Snapshot(long enterprises, long audit, long hits, long indexed, long producing, long changes) {
        }

        private final org.springframework.jdbc.core.JdbcTemplate jdbc;
        private final org.chainatlas.enterprise.EnterpriseSearch search;
        private final org.chainatlas.matching.Matching matching;
        private final List<Long> nodes;

        Counts(BenchApp app) {
            jdbc = app.bean(org.springframework.jdbc.core.JdbcTemplate.class);
            search = app.bean(org.chainatlas.enterprise.EnterpriseSearch.class);
            matching = app.bean(org.chainatlas.matching.Matching.class);
            nodes = jdbc.queryForList("select n.id from chain_node n join chain c on c.id = n.chain_id where c.code = 'nev-battery'",
                    Long.class);
        }

        Snapshot take() {
            String like = NAME + "%";
            long indexed = 0;
            for (long node : nodes) {
                indexed += matching.producersByCity(node, null).values().stream().mapToLong(Integer::longValue).sum();
            }
            return new Snapshot(jdbc.queryForObject("select count(*) from enterprise where name_zh like ?", Long.class, like),
                    jdbc.queryForObject("select count(*) from audit_entry a join enterprise e on e.id = a.entity_id "
                            + "where a.entity_type = 'enterprise' and a.action = 'CREATE' and e.name_zh like ?", Long.class, like),
                    search.search(new org.chainatlas.enterprise.EnterpriseQuery("导入基准测试新能源材料", null, null, null, 0, 1)).totalElements(),
                    indexed,
                    jdbc.queryForObject("select count(distinct s.enterprise_id || '-' || s.node_id || '-' || s.region_code) "
                            + "from enterprise_segment s join chain_node n on n.id = s.node_id join chain c on c.id = n.chain_id "
                            + "where s.role = 'PRODUCES' and c.code = 'nev-battery'", Long.class),
                    jdbc.queryForObject("select count(*) from matching_change", Long.class));
        }

        /** Counts again once the matching index has caught up (its maintenance runs after the commits), at most a minute. */
        Snapshot settled(Snapshot before) throws InterruptedException {
            Snapshot now = take();
            for (int i = 0; i < 60 && now.indexed() - before.indexed() < now.producing() - before.producing(); i++) {
                Thread.sleep(1000);
                now = take();
            }
            return now;
        }
    }
}
