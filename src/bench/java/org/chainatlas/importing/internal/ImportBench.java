package org.chainatlas.importing.internal;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Options: --rows N (default 100000), --db h2|postgres (default h2).
 */
public final class ImportBench {

    private ImportBench() {
    }

    /**
     * Samples the live heap (used right after a forced collection) every second while running; answers the peak above
     * the starting level. Garbage not yet collected is not counted.
     */
    static final class HeapPeak implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final long start;
        private final Thread thread;
        private volatile boolean running = true;

        HeapPeak() {
            System.gc();
            start = memory.getHeapMemoryUsage().getUsed();
            thread = new Thread(() -> {
                while (running) {
                    System.gc();
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        long mib() {
            return Math.max(0, peak.get() - start) / (1 << 20);
        }

        @Override
        public void close() {
            System.gc();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            running = false;
        }
    }

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
                row.createCell(0).setCellValue("导入基准测试新能源材料有限公司" + i);
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

        try (BenchApp app = new BenchApp(db, "import-" + db.name().toLowerCase(), 0, 0)) {
            UserDetails admin = app.bean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null,
                    admin.getAuthorities()));
            Imports imports = app.bean(Imports.class);
            ImportJobView job;
            long importMs;
            long importMib;
            try (HeapPeak heap = new HeapPeak(); InputStream in = Files.newInputStream(file)) {
                t = System.nanoTime();
                job = imports.start(ImportKind.ENTERPRISES, ImportMode.GOOD_ROWS, file.getFileName().toString(), in);
                while (!job.status().equals("DONE") && !job.status().equals("FAILED")) {
                    Thread.sleep(500);
                    job = imports.job(job.id());
                }
                importMs = (System.nanoTime() - t) / 1_000_000;
                importMib = heap.mib();
            }
            Report report = new Report().title("Import: " + rows + " enterprise rows from Excel, " + db + " (file "
                    + Files.size(file) / 1024 + " KiB, written in " + String.format("%.1f", writeSeconds) + " s)");
            report.line("| what | seconds | rows/s | peak live heap above start (MiB) |");
            report.line("|---|---:|---:|---:|");
            report.line(String.format("| read the file: POI in-memory workbook (baseline) | %.1f | %,.0f | %,d |", domMs / 1000.0,
                    rows * 1000.0 / domMs, domMib));
            report.line(String.format("| read the file: streaming reader (used by the import) | %.1f | %,.0f | %,d |", streamMs / 1000.0,
                    rows * 1000.0 / streamMs, streamMib));
            report.line(String.format("| whole import: check every row + store good rows | %.1f | %,.0f | %,d |", importMs / 1000.0,
                    rows * 1000.0 / importMs, importMib));
            report.line("");
            report.line(String.format("Import result: %s, %,d rows, %,d bad (%s), %,d stored. Streaming ÷ in-memory: time %.2f×, "
                    + "peak heap %.2f×.", job.status(), job.totalRows(), job.badRows(), "one bad USCC check digit per 1,000 rows",
                    job.storedRows(), (double) streamMs / domMs, (double) Math.max(1, streamMib) / Math.max(1, domMib)));
            report.save();
        }
    }
}
