package org.chainatlas.matching.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where one chain segment is worked, for one role (producers or buyers): the points per 0.25° cell (enterprise,
 * coordinates, tags, region, weight), for radius sums and lists of who is near and for evidence per region.
 */
final class SegmentPoints {

    final Map<Integer, CellPoints> cells = new HashMap<>();

    void add(long enterpriseId, double lng, double lat, int tags, int region, double weight) {
        cells.computeIfAbsent(ChinaGrid.key(ChinaGrid.row(lat), ChinaGrid.col(lng)), k -> new CellPoints())
                .add(enterpriseId, lng, lat, tags, region, weight);
    }

    void remove(long enterpriseId, double lng, double lat, int region) {
        CellPoints cell = cells.get(ChinaGrid.key(ChinaGrid.row(lat), ChinaGrid.col(lng)));
        if (cell != null) {
            cell.remove(enterpriseId, lng, lat);
        }
    }

    /** Calls the visitor for every point within {@code radiusKm} (exact great-circle distance). */
    void forEachWithin(double lng, double lat, double radiusKm, PointVisitor visitor) {
        int last = ChinaGrid.lastRow(lat, radiusKm + 30);
        for (int r = ChinaGrid.firstRow(lat, radiusKm + 30); r <= last; r++) {
            int[] span = ChinaGrid.span(r, lng, lat, radiusKm + 30);
            if (span == null) {
                continue;
            }
            for (int c = span[0]; c <= span[1]; c++) {
                CellPoints cell = cells.get(ChinaGrid.key(r, c));
                if (cell == null) {
                    continue;
                }
                for (int i = 0; i < cell.size; i++) {
                    double d = ChinaGrid.km(lng, lat, cell.lng[i], cell.lat[i]);
                    if (d <= radiusKm) {
                        visitor.visit(cell.enterprise[i], cell.lng[i], cell.lat[i], cell.tags[i], cell.region[i], cell.weight[i], d);
                    }
                }
            }
        }
    }

    /** Calls the visitor for every point, with its distance from (lng, lat). */
    void forEach(double lng, double lat, PointVisitor visitor) {
        for (CellPoints cell : cells.values()) {
            for (int i = 0; i < cell.size; i++) {
                visitor.visit(cell.enterprise[i], cell.lng[i], cell.lat[i], cell.tags[i], cell.region[i], cell.weight[i],
                        ChinaGrid.km(lng, lat, cell.lng[i], cell.lat[i]));
            }
        }
    }

    /**
     * The distinct enterprises within the radius (each counted once, with the weight of its heaviest site there), those
     * in {@code exclude} left out: [count, Σ weight]. Cells wholly outside the radius are skipped by their centre.
     */
    double[] within(double lng, double lat, double radiusKm, java.util.Set<Long> exclude) {
        java.util.Map<Long, Float> best = new java.util.HashMap<>();
        double slack = ChinaGrid.CELL * ChinaGrid.KM_PER_DEGREE;
        for (java.util.Map.Entry<Integer, CellPoints> entry : cells.entrySet()) {
            int key = entry.getKey();
            double cellLat = ChinaGrid.LAT0 + (key / ChinaGrid.COLS + 0.5) * ChinaGrid.CELL;
            double cellLng = ChinaGrid.LNG0 + (key % ChinaGrid.COLS + 0.5) * ChinaGrid.CELL;
            if (ChinaGrid.km(lng, lat, cellLng, cellLat) > radiusKm + slack) {
                continue;
            }
            CellPoints cell = entry.getValue();
            for (int i = 0; i < cell.size; i++) {
                if (ChinaGrid.km(lng, lat, cell.lng[i], cell.lat[i]) <= radiusKm && !exclude.contains(cell.enterprise[i])) {
                    best.merge(cell.enterprise[i], cell.weight[i], Math::max);
                }
            }
        }
        double sum = 0;
        for (float w : best.values()) {
            sum += w;
        }
        return new double[] {best.size(), sum};
    }

    /** Calls the visitor for every point in a region whose code starts with the prefix (distance 0). */
    void forEachIn(java.util.function.IntPredicate regionMatches, PointVisitor visitor) {
        for (CellPoints cell : cells.values()) {
            for (int i = 0; i < cell.size; i++) {
                if (regionMatches.test(cell.region[i])) {
                    visitor.visit(cell.enterprise[i], cell.lng[i], cell.lat[i], cell.tags[i], cell.region[i], cell.weight[i], 0);
                }
            }
        }
    }

    @FunctionalInterface
    interface PointVisitor {
        void visit(long enterpriseId, double lng, double lat, int tags, int region, double weight, double distanceKm);
    }
}
