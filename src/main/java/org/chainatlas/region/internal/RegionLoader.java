package org.chainatlas.region.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the region file at start: inserts new regions, updates changed ones, in one transaction. */
@Component
@Order(10)
class RegionLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionLoader.class);

    private final StoredRegions stored;
    private final RegionCatalogue catalogue;
    private final TransactionTemplate tx;

    RegionLoader(StoredRegions stored, RegionCatalogue catalogue, TransactionTemplate tx) {
        this.stored = stored;
        this.catalogue = catalogue;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(RegionFile.load());
    }

    void load(List<RegionRow> rows) {
        int[] counts = new int[2];
        tx.executeWithoutResult(status -> {
            for (RegionRow row : rows) {
                stored.findById(row.code()).ifPresentOrElse(existing -> {
                    if (existing.apply(row)) {
                        counts[1]++;
                    }
                }, () -> {
                    stored.save(new Region(row));
                    counts[0]++;
                });
                if ((counts[0] + counts[1]) % 200 == 0) {
                    stored.flush();
                }
            }
        });
        catalogue.refresh();
        log.info("Regions: {} in file, {} added, {} updated", rows.size(), counts[0], counts[1]);
    }
}
