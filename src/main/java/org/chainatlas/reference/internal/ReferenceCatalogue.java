package org.chainatlas.reference.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chainatlas.platform.data.CsvTable;
import org.chainatlas.reference.ChainSystemView;
import org.chainatlas.reference.ClusterView;
import org.chainatlas.reference.ReferenceData;
import org.chainatlas.reference.ZoneKind;
import org.chainatlas.reference.ZoneView;
import org.chainatlas.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference files at start (all three validated before any is written; one transaction) and
 * serves them from memory: they are small and read on every region page.
 */
@Service
@Order(20)
class ReferenceCatalogue implements ReferenceData, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceCatalogue.class);

    private final DevZones zones;
    private final ManufacturingClusters clusters;
    private final ChainSystemEntries chainSystems;
    private final Regions regions;
    private final TransactionTemplate tx;

    private volatile List<ZoneView> zoneViews = List.of();
    private volatile List<ClusterView> clusterViews = List.of();
    private volatile List<ChainSystemView> chainSystemViews = List.of();

    ReferenceCatalogue(DevZones zones, ManufacturingClusters clusters, ChainSystemEntries chainSystems, Regions regions,
            TransactionTemplate tx) {
        this.zones = zones;
        this.clusters = clusters;
        this.chainSystems = chainSystems;
        this.regions = regions;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(CsvTable.fromClasspath(ReferenceFiles.ZONES, "name_zh", "kind", "province_zh", "city_zh", "leading_industries_zh", "source_url", "region_code"),
                CsvTable.fromClasspath(ReferenceFiles.CLUSTERS, "name_zh", "batch_year", "provinces_zh", "cities_zh", "industry_zh", "source_url", "region_codes"),
                CsvTable.fromClasspath(ReferenceFiles.CHAIN_SYSTEMS, "region_zh", "system_name_zh", "chain_name_zh", "level", "source_url", "region_code"));
    }

    void load(CsvTable zoneTable, CsvTable clusterTable, CsvTable chainSystemTable) {
        List<ZoneView> zoneRows = ReferenceFiles.zones(zoneTable, code -> regions.find(code).isPresent());
        List<ClusterView> clusterRows = ReferenceFiles.clusters(clusterTable, code -> regions.find(code).isPresent());
        List<ChainSystemView> chainSystemRows = ReferenceFiles.chainSystems(chainSystemTable, code -> regions.find(code).isPresent());
        tx.executeWithoutResult(status -> {
            Map<String, DevZone> existingZones = zones.findAll().stream().collect(Collectors.toMap(DevZone::nameZh, Function.identity()));
            for (ZoneView row : zoneRows) {
                DevZone zone = existingZones.get(row.nameZh());
                if (zone == null) {
                    zones.save(new DevZone(row));
                } else {
                    zone.apply(row);
                }
            }
            Map<String, ManufacturingCluster> existingClusters = clusters.findAll().stream()
                    .collect(Collectors.toMap(ManufacturingCluster::nameZh, Function.identity()));
            for (ClusterView row : clusterRows) {
                ManufacturingCluster cluster = existingClusters.get(row.nameZh());
                if (cluster == null) {
                    clusters.save(new ManufacturingCluster(row));
                } else {
                    cluster.apply(row);
                }
            }
            Map<String, ChainSystemEntry> existingSystems = chainSystems.findAll().stream()
                    .collect(Collectors.toMap(ChainSystemEntry::key, Function.identity()));
            for (ChainSystemView row : chainSystemRows) {
                ChainSystemEntry entry = existingSystems.get(row.regionCode() + "|" + row.systemNameZh() + "|" + row.chainNameZh());
                if (entry == null) {
                    chainSystems.save(new ChainSystemEntry(row));
                } else {
                    entry.apply(row);
                }
            }
        });
        refresh();
        log.info("Reference data: {} zones, {} clusters, {} chain-system entries", zoneViews.size(), clusterViews.size(),
                chainSystemViews.size());
    }

    void refresh() {
        zoneViews = zones.findAll().stream().map(DevZone::view).sorted(Comparator.comparing(ZoneView::regionCode)
                .thenComparing(ZoneView::kind).thenComparing(ZoneView::nameZh)).toList();
        clusterViews = clusters.findAll().stream().map(ManufacturingCluster::view)
                .sorted(Comparator.comparing(ClusterView::batchYear).thenComparing(ClusterView::id)).toList();
        chainSystemViews = chainSystems.findAll().stream().map(ChainSystemEntry::view)
                .sorted(Comparator.comparing(ChainSystemView::id)).toList();
    }

    @Override
    public List<ZoneView> zones(String regionPrefix, ZoneKind kind) {
        return zoneViews.stream().filter(z -> regionPrefix == null || z.regionCode().startsWith(regionPrefix))
                .filter(z -> kind == null || z.kind() == kind).toList();
    }

    @Override
    public List<ClusterView> clusters(String regionPrefix) {
        return clusterViews.stream()
                .filter(c -> regionPrefix == null || c.regionCodes().stream().anyMatch(code -> covers(regionPrefix, code)))
                .toList();
    }

    /** A cluster listed for a whole province covers each of its cities; one listed for a city covers its province. */
    private static boolean covers(String regionPrefix, String code) {
        if (code.startsWith(regionPrefix)) {
            return true;
        }
        return code.endsWith("0000") && regionPrefix.startsWith(code.substring(0, 2));
    }

    @Override
    public List<ChainSystemView> chainSystems(String regionPrefix) {
        return chainSystemViews.stream()
                .filter(c -> regionPrefix == null || regionPrefix.startsWith(c.regionCode().substring(0, 2))).toList();
    }

    @Override
    public long zoneCount() {
        return zoneViews.size();
    }

    @Override
    public long clusterCount() {
        return clusterViews.size();
    }
}
