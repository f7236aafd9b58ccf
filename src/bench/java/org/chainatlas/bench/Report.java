package org.chainatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Prints benchmark figures and appends them to target/bench/results.md with the machine and date. */
public final class Report {

    private final StringBuilder text = new StringBuilder();

    public Report title(String title) {
        line("");
        line("### " + title);
        line("");
        line("Run " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " on " + machine());
        line("");
        return this;
    }

    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException ignored) {
            // not Linux
        }
        return rt.availableProcessors() + " cores (" + cpu + "), JVM heap " + rt.maxMemory() / (1 << 20) + " MiB, Java "
                + System.getProperty("java.version") + ", " + ManagementFactory.getOperatingSystemMXBean().getName();
    }

    public Report line(String line) {
        System.out.println(line);
        text.append(line).append('\n');
        return this;
    }

    public void save() {
        try {
            Path file = Path.of("target", "bench", "results.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
