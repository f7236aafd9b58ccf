package org.chainatlas.matching.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where one chain segment is worked, for one role (producers or buyers): a count grid for fast radius counts,
 * the points per cell for listing who is near, and counts per region for presence and gaps.
 */
final class SegmentPoints {

    final CountGrid counts = new CountGrid();
    final Map<Integer, CellPoints> cells = new HashMap<>();
    final Map<Integer, Integer> byRegion = new HashMap<>();

    void add(long enterpriseId, double lng, double lat, int tags, int region) {
        counts.add(lng, lat, 1);
        cells.computeIfAbsent(ChinaGrid.key(ChinaGrid.row(lat), ChinaGrid.col(lng)), k -> new CellPoints())
                .add(enterpriseId, lng, lat, tags, region);
        byRegion.merge(region, 1, Integer::sum);
    }

    void remove(long enterpriseId, double lng, double lat, int region) {
        CellPoints cell = cells.get(ChinaGrid.key(ChinaGrid.row(lat), ChinaGrid.col(lng)));
        if (cell != null && cell.remove(enterpriseId, lng, lat)) {
            counts.add(lng, lat, -1);
            byRegion.merge(region, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    int total() {
        return counts.total();
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
                        visitor.visit(cell.enterprise[i], cell.lng[i], cell.lat[i], cell.tags[i], cell.region[i], d);
                    }
                }
            }
        }
    }

    /** Calls the visitor for every point, with its distance from (lng, lat). */
    void forEach(double lng, double lat, PointVisitor visitor) {
        for (CellPoints cell : cells.values()) {
            for (int i = 0; i < cell.size; i++) {
                visitor.visit(cell.enterprise[i], cell.lng[i], cell.lat[i], cell.tags[i], cell.region[i],
                        ChinaGrid.km(lng, lat, cell.lng[i], cell.lat[i]));
            }
        }
    }

    @FunctionalInterface
    interface PointVisitor {
        void visit(long enterpriseId, double lng, double lat, int tags, int region, double distanceKm);
    }
}
