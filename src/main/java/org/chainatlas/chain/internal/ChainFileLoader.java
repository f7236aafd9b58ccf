package org.chainatlas.chain.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.platform.InvalidInput.FieldError;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the built-in chains ({@code data/chains/*.json}) at start. Every file is read and checked before
 * any is stored; one broken file stops the start with its name, the JSON path and the reason. A chain already in
 * the database gains what its file added since (segments, supply edges, sources and descriptions); nothing stored is
 * removed, renamed or re-weighted, and chains created on the platform are left as they are.
 */
@Component
@Order(30)
class ChainFileLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:data/chains/*.json";
    static final int MIN_NODES = 15;
    static final int MAX_NODES = 40;
    private static final Logger log = LoggerFactory.getLogger(ChainFileLoader.class);

    private final ChainCatalogue catalogue;
    private final Regions regions;
    private final TransactionTemplate tx;

    ChainFileLoader(ChainCatalogue catalogue, Regions regions, TransactionTemplate tx) {
        this.catalogue = catalogue;
        this.regions = regions;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        Map<String, ChainDefinition> files = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Resource resource : resources) {
            String name = "data/chains/" + resource.getFilename();
            files.put(name, ChainJson.read(name, resource.getInputStream()));
            order.add(name);
        }
        load(order.stream().map(name -> Map.entry(name, files.get(name))).toList());
    }

    /** Checks all definitions, then, in one transaction, stores the new ones and extends the stored built-in ones. */
    void load(List<Map.Entry<String, ChainDefinition>> files) {
        ChainDefinitionRules rules = new ChainDefinitionRules(regions, MIN_NODES, MAX_NODES);
        Map<String, String> codes = new HashMap<>();
        for (Map.Entry<String, ChainDefinition> file : files) {
            List<FieldError> errors = rules.check(file.getValue());
            if (!errors.isEmpty()) {
                FieldError first = errors.getFirst();
                String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more: "
                        + errors.stream().skip(1).limit(5).map(e -> e.field() + ": " + e.message()).toList() + ")" : "";
                throw new DataFileInvalid(file.getKey(), first.field(), first.message() + more);
            }
            String previous = codes.put(file.getValue().code(), file.getKey());
            if (previous != null) {
                throw new DataFileInvalid(file.getKey(), "code", "'" + file.getValue().code() + "' is also used by " + previous);
            }
        }
        int[] added = {0};
        tx.executeWithoutResult(status -> {
            for (Map.Entry<String, ChainDefinition> file : files) {
                if (!catalogue.exists(file.getValue().code())) {
                    catalogue.store(file.getValue(), Chain.Origin.BUILT_IN);
                    added[0]++;
                } else {
                    if (catalogue.recite(file.getValue())) {
                        log.info("Chain {}: sources updated from {}", file.getValue().code(), file.getKey());
                    }
                    int segments = catalogue.extend(file.getValue());
                    if (segments > 0) {
                        log.info("Chain {}: {} segments added from {}", file.getValue().code(), segments, file.getKey());
                    }
                }
            }
        });
        catalogue.refresh();
        log.info("Chains: {} built-in files, {} added", files.size(), added[0]);
    }
}
