package org.chainatlas.region.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chainatlas.region.Census;
import org.chainatlas.region.GeoPoint;
import org.chainatlas.region.Places;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Census figures, boundary polygons (in an R-tree) and place names, read from the classpath at start after the
 * regions are loaded; a broken file stops the start.
 */
@Service
@Order(11)
class PlaceCatalogue implements Places, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlaceCatalogue.class);

    private record Loaded(Map<String, Census> census, STRtree boundaries, PlaceNames names) {
    }

    private final Regions regions;
    private final GeometryFactory geometry = new GeometryFactory();
    private volatile Loaded loaded;

    PlaceCatalogue(Regions regions) {
        this.regions = regions;
    }

    @Override
    public void run(ApplicationArguments args) {
        loaded();
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                current = loaded;
            }
        }
        return current;
    }

    private Loaded load() {
        long started = System.nanoTime();
        Set<String> codes = regions.all().stream().map(RegionView::code).collect(Collectors.toSet());
        List<CensusFile.Row> rows = CensusFile.load(codes);
        List<CountyFile.County> countyRows = CountyFile.load(codes);
        Map<String, Census> census = new HashMap<>();
        STRtree tree = new STRtree();
        PreparedGeometryFactory prepared = new PreparedGeometryFactory();
        for (CensusFile.Row row : rows) {
            census.put(row.census().regionCode(), row.census());
            tree.insert(row.boundary().getEnvelopeInternal(),
                    new Boundary(row.census().regionCode(), prepared.create(row.boundary())));
        }
        tree.build();
        List<AliasFile.Alias> aliases = AliasFile.load(codes, countyRows);
        PlaceNames names = new PlaceNames(regions.all(), countyRows, aliases);
        log.info("Places: {} census rows with boundaries, {} counties, {} aliases, in {} ms", rows.size(), countyRows.size(),
                aliases.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Loaded(Map.copyOf(census), tree, names);
    }

    private record Boundary(String code, PreparedGeometry shape) {
    }

    @Override
    public Optional<String> locate(GeoPoint point) {
        Point p = geometry.createPoint(new Coordinate(point.longitude(), point.latitude()));
        @SuppressWarnings("unchecked")
        List<Boundary> candidates = loaded().boundaries().query(new Envelope(p.getCoordinate()));
        return candidates.stream().filter(b -> b.shape().covers(p)).map(Boundary::code).sorted().findFirst();
    }

    @Override
    public Optional<RegionView> resolve(String name, String provinceHint) {
        return loaded().names().resolve(name, provinceHint);
    }

    @Override
    public Optional<RegionView> named(String name) {
        return loaded().names().named(name);
    }

    @Override
    public Optional<RegionView> province(String name) {
        return loaded().names().province(name);
    }

    @Override
    public List<PlaceMention> mentions(String text, String provinceHint) {
        return loaded().names().mentions(text, provinceHint);
    }

    @Override
    public Optional<RegionView> similar(String text, String provinceHint) {
        return loaded().names().similar(text, provinceHint);
    }

    @Override
    public Optional<Census> census(String regionCode) {
        return Optional.ofNullable(loaded().census().get(regionCode));
    }
}
