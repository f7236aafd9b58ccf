package org.chainatlas.platform.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates a load-test dataset of a given size: the generated parts only (enterprises and parks, flagged demo and shown
 * as generated) — their existing rows removed first, in reverse order — with progress on the console. Demo accounts,
 * events and projects are never created here. Used by {@code bin/generate} and the benchmarks.
 */
@Component
public class DemoGeneration {

    private static final Logger log = LoggerFactory.getLogger(DemoGeneration.class);

    /** Seconds each part took to load. */
    public record Timing(String part, double seconds) {
    }

    private final List<DemoData> parts;

    DemoGeneration(List<DemoData> parts) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
    }

    List<DemoData> parts() {
        return parts;
    }

    public List<Timing> generate(DemoSize size) {
        log.info("Generating demo data: {} enterprises, {} parks, seed {}", size.enterprises(), size.parks(), size.seed());
        long started = System.nanoTime();
        List<DemoData> generated = parts.stream().filter(p -> !p.inDefaultDemo()).toList();
        for (DemoData part : generated.reversed()) {
            part.clear();
        }
        List<Timing> timings = new java.util.ArrayList<>();
        for (DemoData part : generated) {
            long partStarted = System.nanoTime();
            part.load(size, new Progress(part.name(), 1));
            double seconds = (System.nanoTime() - partStarted) / 1e9;
            timings.add(new Timing(part.name(), seconds));
            log.info("{}: done in {} s", part.name(), String.format("%.1f", seconds));
        }
        log.info("Demo data generated in {} s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return timings;
    }
}
