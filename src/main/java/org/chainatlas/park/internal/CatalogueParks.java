package org.chainatlas.park.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.chain.SegmentMatch;
import org.chainatlas.park.ParkChanged;
import org.chainatlas.park.ParkKind;
import org.chainatlas.platform.data.DataFileInvalid;
import org.chainatlas.platform.data.DataLoads;
import org.chainatlas.platform.data.DataQuality;
import org.chainatlas.region.Places;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 2,543 zones of the 2018 catalogue as parks, loaded like reference data at every start: the file is validated
 * whole, every zone placed and checked against the census boundaries ({@link ZonePlacement}), its leading
 * industries classified to chains and segments, the flags reported to {@link DataQuality}. Parks are written only
 * when what was computed changed. The catalogue's facts are refreshed on every park; a park its locality has edited
 * keeps its own location and leading chains.
 */
@Component
@Order(36)
class CatalogueParks implements ApplicationRunner {

    static final String SOURCE = "zones";
    private static final Logger log = LoggerFactory.getLogger(CatalogueParks.class);

    private final Places places;
    private final Regions regions;
    private final SegmentClassifier classifier;
    private final DataQuality quality;
    private final DataLoads loads;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ParkSearchIndex index;
    private final ApplicationEventPublisher events;

    CatalogueParks(Places places, Regions regions, SegmentClassifier classifier, DataQuality quality, DataLoads loads,
            JdbcTemplate jdbc, TransactionTemplate tx, ParkSearchIndex index, ApplicationEventPublisher events) {
        this.places = places;
        this.regions = regions;
        this.classifier = classifier;
        this.quality = quality;
        this.loads = loads;
        this.jdbc = jdbc;
        this.tx = tx;
        this.index = index;
        this.events = events;
    }

    /** A zone as it will be stored: its catalogue row, where it is, what its leading industries say. */
    record Computed(CatalogueFile.Zone zone, ParkKind kind, ZonePlacement.Placement placement, List<Industry> industries) {

        Set<String> chains() {
            Set<String> chains = new LinkedHashSet<>();
            industries.stream().filter(i -> i.confidence() >= SegmentClassifier.ACCEPT).forEach(i -> chains.add(i.chainCode()));
            return chains;
        }

        Set<Long> nodes() {
            Set<Long> nodes = new LinkedHashSet<>();
            industries.stream().filter(i -> i.nodeId() != null && i.confidence() >= SegmentClassifier.ACCEPT)
                    .forEach(i -> nodes.add(i.nodeId()));
            return nodes;
        }

        String line() {
            return zone.key() + "|" + kind + "|" + placement.regionCode() + "|" + placement.longitude() + "|" + placement.latitude()
                    + "|" + placement.precision() + "|" + placement.noteZh() + "|" + zone.leadingIndustriesZh() + "|" + zone.areaHa()
                    + "|" + zone.approvedOn() + "|" + industries;
        }
    }

    /** One (phrase, chain, segment) match of a zone's leading industries. */
    record Industry(String phrase, String chainCode, Long nodeId, double confidence) {
    }

    /** Matches kept for evidence: below this a phrase says too little about a chain. */
    static final double KEEP = 0.3;

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        CatalogueFile.Parsed parsed = CatalogueFile.load();
        List<Computed> computed = compute(parsed);
        List<DataQuality.Flag> flags = new ArrayList<>(parsed.flags());
        computed.forEach(c -> flags.addAll(c.placement().flags()));
        quality.report(SOURCE, CatalogueFile.FILE, "开发区目录（2018年版）", "Development zone catalogue (2018)",
                parsed.zones().size(), computed.size(), flags);
        String fingerprint = DataLoads.fingerprint(computed.stream().map(Computed::line).toList());
        if (loads.unchanged(SOURCE, fingerprint)) {
            log.info("Catalogue zones: {} unchanged ({} flags) in {} ms", computed.size(), flags.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return;
        }
        tx.executeWithoutResult(status -> {
            store(computed);
            loads.stored(SOURCE, fingerprint, computed.size());
        });
        events.publishEvent(new ParkChanged(0));
        index.rebuild();
        log.info("Catalogue zones: {} parks stored ({} exact points, {} flags) in {} ms", computed.size(),
                computed.stream().filter(c -> c.placement().exact()).count(), flags.size(), (System.nanoTime() - started) / 1_000_000);
    }

    List<Computed> compute(CatalogueFile.Parsed parsed) {
        Map<String, Integer> pointUse = new HashMap<>();
        parsed.zones().forEach(z -> pointUse.merge(ZonePlacement.pointKey(z.longitude(), z.latitude()), 1, Integer::sum));
        ZonePlacement placement = new ZonePlacement(places, regions, pointUse);
        Map<String, List<SegmentMatch>> phraseCache = new HashMap<>();
        List<Computed> computed = new ArrayList<>();
        for (CatalogueFile.Zone zone : parsed.zones()) {
            RegionView province = placement.province(zone).orElseThrow(() -> DataFileInvalid.at(CatalogueFile.FILE, zone.row(),
                    "省份", "'" + zone.provinceZh() + "' is not a province"));
            List<Industry> industries = new ArrayList<>();
            for (String phrase : phrases(zone.leadingIndustriesZh())) {
                for (SegmentMatch m : phraseCache.computeIfAbsent(phrase, classifier::phrase)) {
                    if (m.confidence() >= KEEP) {
                        industries.add(new Industry(phrase, m.chainCode(), m.nodeId(), m.confidence()));
                    }
                }
            }
            computed.add(new Computed(zone, ParkKind.ofCatalogue(zone.national(), zone.typeZh()),
                    placement.place(zone, province), industries));
        }
        return computed;
    }

    /** The phrases of a leading-industries cell: 新能源、新材料，装备制造 → [新能源, 新材料, 装备制造]. */
    static List<String> phrases(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> phrases = new ArrayList<>();
        for (String p : cell.split("[、，,;；/\\s]+")) {
            if (!p.isBlank()) {
                phrases.add(p.strip());
            }
        }
        return phrases;
    }

    private record Existing(long id, boolean edited) {
    }

    private void store(List<Computed> computed) {
        Map<String, Existing> byKey = new HashMap<>();
        Map<String, Existing> byZoneName = new HashMap<>();
        jdbc.query("select id, catalogue_code, name_zh, dev_zone_name, updated_at from park", rs -> {
            Existing e = new Existing(rs.getLong(1), rs.getTimestamp(5) != null);
            if (rs.getString(2) != null) {
                byKey.put(rs.getString(2) + "|" + rs.getString(3), e);
            } else if (rs.getString(4) != null) {
                byZoneName.put(rs.getString(4), e);
            }
        });
        Timestamp now = Timestamp.from(Instant.now());
        Map<Long, Computed> ids = new LinkedHashMap<>();
        List<Object[]> facts = new ArrayList<>();
        List<Object[]> places = new ArrayList<>();
        for (Computed c : computed) {
            CatalogueFile.Zone z = c.zone();
            ZonePlacement.Placement p = c.placement();
            Existing existing = byKey.get(z.key());
            if (existing == null) {
                existing = byZoneName.remove(z.nameZh());
            }
            if (existing == null) {
                jdbc.update("""
                        insert into park (name_zh, kind, region_code, longitude, latitude, location_precision, dev_zone_name,
                                          demo, created_at, version, catalogue_code)
                        values (?, ?, ?, ?, ?, ?, ?, false, ?, 0, ?)""", z.nameZh(), c.kind().name(), p.regionCode(),
                        p.longitude(), p.latitude(), p.precision(), z.nameZh(), now, z.code());
                existing = new Existing(jdbc.queryForObject("select id from park where catalogue_code = ? and name_zh = ?",
                        Long.class, z.code(), z.nameZh()), false);
            }
            ids.put(existing.id(), c);
            facts.add(new Object[] {z.code(), z.national() ? "NATIONAL" : "PROVINCIAL", z.typeZh(), z.approvedOn(),
                    z.areaHa(), z.leadingIndustriesZh(), z.longitude(), z.latitude(), z.precisionZh(), CatalogueFile.SOURCE_ZH,
                    existing.id()});
            if (!existing.edited()) {
                places.add(new Object[] {z.nameZh(), c.kind().name(), p.regionCode(), p.longitude(), p.latitude(),
                        p.precision(), p.noteZh(), p.noteEn(), existing.id()});
            }
        }
        jdbc.batchUpdate("""
                update park set catalogue_code = ?, zone_level = ?, zone_type_zh = ?, approved_on = ?, approved_area_ha = ?,
                  leading_industries_zh = ?, geocode_longitude = ?, geocode_latitude = ?, geocode_precision = ?, source_zh = ?,
                  demo = false
                where id = ?""", facts);
        jdbc.batchUpdate("""
                update park set name_zh = ?, kind = ?, region_code = ?, longitude = ?, latitude = ?, location_precision = ?,
                  location_note = ?, location_note_en = ?
                where id = ?""", places);
        List<Object[]> industryRows = new ArrayList<>();
        List<Object[]> chainRows = new ArrayList<>();
        List<Object[]> segmentRows = new ArrayList<>();
        Set<Long> unedited = new LinkedHashSet<>();
        places.forEach(row -> unedited.add((Long) row[row.length - 1]));
        ids.forEach((id, c) -> {
            for (Industry i : c.industries()) {
                industryRows.add(new Object[] {id, i.chainCode(), i.nodeId(), i.confidence(), i.phrase()});
            }
            if (unedited.contains(id)) {
                c.chains().forEach(chain -> chainRows.add(new Object[] {id, chain}));
                c.nodes().forEach(node -> segmentRows.add(new Object[] {id, node}));
            }
        });
        jdbc.update("delete from park_industry where park_id in (select id from park where catalogue_code is not null)");
        jdbc.batchUpdate("insert into park_industry (park_id, chain_code, node_id, confidence, phrase) values (?, ?, ?, ?, ?)",
                industryRows);
        jdbc.batchUpdate("delete from park_chain where park_id = ?", unedited.stream().map(id -> new Object[] {id}).toList());
        jdbc.batchUpdate("delete from park_segment where park_id = ?", unedited.stream().map(id -> new Object[] {id}).toList());
        jdbc.batchUpdate("insert into park_chain (park_id, chain_code) values (?, ?)", chainRows);
        jdbc.batchUpdate("insert into park_segment (park_id, node_id) values (?, ?)", segmentRows);
    }
}
