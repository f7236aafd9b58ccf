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

    /** Removes every point of the enterprise in the cell of (lng, lat); answers how many. */
    int removeAll(long enterpriseId, double lng, double lat) {
        CellPoints cell = cells.get(ChinaGrid.key(ChinaGrid.row(lat), ChinaGrid.col(lng)));
        return cell == null ? 0 : cell.removeAll(enterpriseId);
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
        // Only the grid rows and columns the circle touches (padded like forEachWithin), and a chord test on the
        // unit sphere instead of the haversine: |a − b|² ≤ (2·sin(r / 2R))² is the same condition as distance ≤ r.
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lng);
        double qx = Math.cos(phi) * Math.cos(lambda);
        double qy = Math.cos(phi) * Math.sin(lambda);
        double qz = Math.sin(phi);
        double chord = 2 * Math.sin(Math.min(Math.PI / 2, radiusKm / (2 * EARTH_KM)));
        double limit = chord * chord;
        boolean excluding = !exclude.isEmpty();
        EnterpriseWeights best = new EnterpriseWeights();
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
                    double dx = cell.x[i] - qx;
                    double dy = cell.y[i] - qy;
                    double dz = cell.z[i] - qz;
                    if (dx * dx + dy * dy + dz * dz <= limit && (!excluding || !exclude.contains(cell.enterprise[i]))) {
                        best.max(cell.enterprise[i], cell.weight[i]);
                    }
                }
            }
        }
        return new double[] {best.size(), best.sum()};
    }

    static final double EARTH_KM = 6371.0088;

    /**
     * The largest weight per enterprise (an enterprise with several points in the circle counts once), in an
     * open-addressing table of primitives: no boxing in the innermost loop of site recommendation.
     */
    static final class EnterpriseWeights {
        private long[] keys = new long[64];
        private float[] values = new float[64];
        private boolean[] used = new boolean[64];
        private int size;

        void max(long key, float value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = (int) (mix(key) & mask);
            while (used[i]) {
                if (keys[i] == key) {
                    if (value > values[i]) {
                        values[i] = value;
                    }
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        private void grow() {
            long[] oldKeys = keys;
            float[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new float[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    max(oldKeys[i], oldValues[i]);
                }
            }
        }

        int size() {
            return size;
        }

        double sum() {
            double sum = 0;
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    sum += values[i];
                }
            }
            return sum;
        }
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
