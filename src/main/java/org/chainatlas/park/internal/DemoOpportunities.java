package org.chainatlas.park.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.park.ParkChanged;
import org.chainatlas.platform.data.BulkInsert;
import org.chainatlas.platform.demo.DemoData;
import org.chainatlas.platform.demo.DemoSize;
import org.chainatlas.platform.demo.Progress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo key projects (机遇清单) of the default demo, published by real catalogue zones in the provinces of the seed events
 * (Sichuan, Chongqing, Hubei, Hunan, Anhui, Jiangxi, Guizhou, Heilongjiang) in segments their leading industries name.
 * No locality has published real ones here, so they are flagged demo and titled “（演示）”: the opportunity lists,
 * booklets and matching can be tried on them. Zones' land, prices and wages are never invented.
 */
@Component
class DemoOpportunities implements DemoData {

    private static final String PROVINCES = "('51','50','42','43','34','36','52','23')";
    private static final int PER_PROVINCE = 12;

    private final Chains chains;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ParkSearchIndex index;

    DemoOpportunities(Chains chains, JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate tx,
            ApplicationEventPublisher events, ParkSearchIndex index) {
        this.chains = chains;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.events = events;
        this.index = index;
    }

    @Override
    public int order() {
        return 22;
    }

    @Override
    public String name() {
        return "opportunities";
    }

    @Override
    public boolean isEmpty() {
        Long count = jdbc.queryForObject("select count(*) from opportunity", Long.class);
        return count == null || count == 0;
    }

    @Override
    public void clear() {
        // generated parks' opportunities are removed with them (DemoParks); these stay with their real zones
    }

    private record ZoneSegment(long parkId, String parkName, String province, long nodeId) {
    }

    @Override
    public void load(DemoSize size, Progress progress) {
        Random random = new Random(size.seed() * 7 + 11);
        List<ZoneSegment> rows = jdbc.query("""
                select p.id, p.name_zh, substring(p.region_code, 1, 2), s.node_id from park p join park_segment s on s.park_id = p.id
                where p.catalogue_code is not null and p.deleted_at is null and substring(p.region_code, 1, 2) in """ + PROVINCES
                + " order by p.id, s.node_id", (rs, i) -> new ZoneSegment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        if (rows.isEmpty()) {
            return;
        }
        java.util.Map<String, Integer> perProvince = new java.util.HashMap<>();
        java.util.Set<Long> parksUsed = new java.util.HashSet<>();
        List<ZoneSegment> chosen = new ArrayList<>();
        List<ZoneSegment> shuffled = new ArrayList<>(rows);
        java.util.Collections.shuffle(shuffled, random);
        for (ZoneSegment z : shuffled) {
            if (perProvince.getOrDefault(z.province(), 0) < PER_PROVINCE && parksUsed.add(z.parkId())) {
                perProvince.merge(z.province(), 1, Integer::sum);
                chosen.add(z);
            }
        }
        tx.executeWithoutResult(status -> {
            Long max = jdbc.queryForObject("select max(id) from opportunity", Long.class);
            long next = (max == null ? 0 : max) + 1;
            try (BulkInsert out = new BulkInsert(dataSource, "opportunity", DemoParks.OPPORTUNITY_COLUMNS, 500)) {
                for (ZoneSegment z : chosen) {
                    ChainNodeView node = chains.node(z.nodeId()).orElse(null);
                    if (node == null) {
                        continue;
                    }
                    long investment = (long) (3 + random.nextInt(48)) * 100_000_000L;
                    String title = DemoParks.shortPark(z.parkName()) + DemoParks.title(node, random) + "项目（演示）";
                    String mode = DemoParks.mode(random).name();
                    String state = DemoParks.status(random).name();
                    DemoParks.verifiedAt(random); // drawn and dropped: the demo's other projects stay as they were
                    out.add(next++, z.parkId(), title, node.id(), investment, null, mode,
                            DemoParks.description(node, investment), DemoParks.segmentText(chains, node),
                            // nobody checked an invented project: it carries no verification date
                            state, true, null, Instant.now(), 0);
                }
            }
            BulkInsert.restartIdentity(jdbc, "opportunity");
        });
        events.publishEvent(new ParkChanged(0));
        index.rebuild();
        progress.advance(1);
    }
}
