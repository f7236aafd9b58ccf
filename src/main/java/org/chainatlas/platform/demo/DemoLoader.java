package org.chainatlas.platform.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads demo data. At start, when {@code chainatlas.demo.enabled}, each empty part is filled with the default
 * size. From the command line ({@code bin/generate}, property {@code chainatlas.generate.enterprises}) it
 * removes the existing demo rows, loads the given size with progress on the console, and ends the process.
 */
@Component
@Order(40)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoData> parts;
    private final DemoGeneration generation;
    private final ConfigurableApplicationContext context;
    private final boolean enabled;
    private final DemoSize defaults;
    private final int generateEnterprises;
    private final int generateParks;

    DemoLoader(DemoGeneration generation, ConfigurableApplicationContext context,
            @Value("${chainatlas.demo.enabled:true}") boolean enabled,
            @Value("${chainatlas.demo.enterprises:10000}") int enterprises,
            @Value("${chainatlas.demo.parks:800}") int parks,
            @Value("${chainatlas.demo.seed:20250509}") long seed,
            @Value("${chainatlas.generate.enterprises:-1}") int generateEnterprises,
            @Value("${chainatlas.generate.parks:3000}") int generateParks) {
        this.generation = generation;
        this.parts = generation.parts();
        this.context = context;
        this.enabled = enabled;
        this.defaults = new DemoSize(enterprises, parks, seed);
        this.generateEnterprises = generateEnterprises;
        this.generateParks = generateParks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (generateEnterprises >= 0) {
            generate(new DemoSize(generateEnterprises, generateParks, defaults.seed()));
            return;
        }
        if (!enabled) {
            return;
        }
        for (DemoData part : parts) {
            if (part.inDefaultDemo() && part.isEmpty()) {
                long started = System.nanoTime();
                part.load(defaults, new Progress("demo " + part.name(), 1));
                log.info("Demo data: {} loaded in {} ms", part.name(), (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private void generate(DemoSize size) {
        generation.generate(size);
        int code = org.springframework.boot.SpringApplication.exit(context, () -> 0);
        if (!Boolean.getBoolean("chainatlas.generate.stay")) {
            System.exit(code);
        }
    }
}
