package org.chainatlas.matching.internal;

/**
 * The grid the index counts on: 0.25° cells (about 25–28 km) over China's bounding box (73–136° E, 3–54° N).
 * A circle of radius r is covered row by row: each row of cells whose centre lies within r contributes the
 * columns inside the circle at that row's latitude, so counts are exact to about one cell at the edge.
 */
final class ChinaGrid {

    static final double LNG0 = 73.0;
    static final double LAT0 = 3.0;
    static final double CELL = 0.25;
    static final int COLS = 252;
    static final int ROWS = 204;
    static final double KM_PER_DEGREE = 111.195;

    private ChinaGrid() {
    }

    static int col(double lng) {
        return clamp((int) Math.floor((lng - LNG0) / CELL), COLS);
    }

    static int row(double lat) {
        return clamp((int) Math.floor((lat - LAT0) / CELL), ROWS);
    }

    static int key(int row, int col) {
        return row * COLS + col;
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : v >= n ? n - 1 : v;
    }

    /** The columns [from, to] of a row inside a circle, or null when the row lies outside it. */
    static int[] span(int row, double lng, double lat, double radiusKm) {
        double rowLat = LAT0 + (row + 0.5) * CELL;
        double dy = Math.max(0, Math.abs(rowLat - lat) - CELL / 2) * KM_PER_DEGREE;
        if (dy > radiusKm) {
            return null;
        }
        double half = Math.sqrt(radiusKm * radiusKm - dy * dy);
        double dLng = half / (KM_PER_DEGREE * Math.cos(Math.toRadians(rowLat)));
        return new int[] {col(lng - dLng), col(lng + dLng)};
    }

    static int firstRow(double lat, double radiusKm) {
        return row(lat - radiusKm / KM_PER_DEGREE);
    }

    static int lastRow(double lat, double radiusKm) {
        return row(lat + radiusKm / KM_PER_DEGREE);
    }

    /** Great-circle distance in km (haversine, mean Earth radius). */
    static double km(double lng1, double lat1, double lng2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
