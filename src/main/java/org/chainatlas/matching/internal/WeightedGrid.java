package org.chainatlas.matching.internal;

/**
 * Several count grids summed with weights into running row sums, so that the weighted count within a circle
 * costs one subtraction per row however many segments were summed. A site recommendation builds one per
 * query (upstream suppliers weighted by their supply edges, downstream customers) and reads it for every
 * candidate park: the same cells as {@link CountGrid#within}, hence the same numbers as adding up each
 * segment's count, in a fraction of the time.
 */
final class WeightedGrid {

    private final double[][] sums = new double[ChinaGrid.ROWS][];

    /** Adds {@code weight} × the grid's counts. */
    WeightedGrid add(CountGrid grid, double weight) {
        if (grid != null) {
            grid.addRowSumsTo(sums, weight);
        }
        return this;
    }

    /** The weighted count of the cells {@link CountGrid#within} counts for this circle. */
    double within(double lng, double lat, double radiusKm) {
        double sum = 0;
        int last = ChinaGrid.lastRow(lat, radiusKm);
        for (int r = ChinaGrid.firstRow(lat, radiusKm); r <= last; r++) {
            double[] row = sums[r];
            if (row == null) {
                continue;
            }
            int[] span = ChinaGrid.span(r, lng, lat, radiusKm);
            if (span != null) {
                sum += row[span[1] + 1] - row[span[0]];
            }
        }
        return sum;
    }
}
