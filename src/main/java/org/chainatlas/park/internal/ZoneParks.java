package org.chainatlas.park.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chainatlas.park.ParkKind;
import org.chainatlas.reference.ReferenceData;
import org.chainatlas.reference.ZoneView;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every national development zone of the reference data becomes a park (once; later edits on the platform
 * stay). Its location is its city's reference point until the locality gives coordinates, and it counts as
 * not yet verified.
 */
@Component
@Order(35)
class ZoneParks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ZoneParks.class);

    private final ReferenceData reference;
    private final Regions regions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    ZoneParks(ReferenceData reference, Regions regions, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.reference = reference;
        this.regions = regions;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> existing = new HashSet<>(jdbc.queryForList("select dev_zone_name from park where dev_zone_name is not null",
                String.class));
        List<ZoneView> missing = reference.zones(null, null).stream().filter(z -> !existing.contains(z.nameZh())).toList();
        if (missing.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        tx.executeWithoutResult(status -> jdbc.batchUpdate("""
                insert into park (name_zh, kind, region_code, longitude, latitude, location_precision, dev_zone_name, demo,
                                  created_at, version)
                values (?, ?, ?, ?, ?, 'CITY', ?, false, ?, 0)""", missing, 200, (ps, zone) -> {
            RegionView region = regions.require(zone.regionCode());
            ps.setString(1, zone.nameZh());
            ps.setString(2, ParkKind.valueOf(zone.kind().name()).name());
            ps.setString(3, zone.regionCode());
            ps.setDouble(4, region.longitude());
            ps.setDouble(5, region.latitude());
            ps.setString(6, zone.nameZh());
            ps.setTimestamp(7, java.sql.Timestamp.from(now));
        }));
        log.info("Parks: {} national development zones added as parks", missing.size());
    }
}
