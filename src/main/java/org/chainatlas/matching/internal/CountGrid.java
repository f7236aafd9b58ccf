package org.chainatlas.matching.internal;

/**
 * Counts of points per grid cell with one Fenwick tree per row: adding or removing a point and summing a row's
 * span both take O(log columns), so counting within a circle costs O(rows × log columns), independent of how
 * many points there are. Rows are allocated on first use.
 */
final class CountGrid {

    private final int[][] rows = new int[ChinaGrid.ROWS][];
    private int total;

    void add(double lng, double lat, int delta) {
        int r = ChinaGrid.row(lat);
        int c = ChinaGrid.col(lng);
        int[] tree = rows[r];
        if (tree == null) {
            if (delta <= 0) {
                return;
            }
            tree = rows[r] = new int[ChinaGrid.COLS + 1];
        }
        for (int i = c + 1; i <= ChinaGrid.COLS; i += i & -i) {
            tree[i] += delta;
        }
        total += delta;
    }

    int total() {
        return total;
    }

    private static int prefix(int[] tree, int col) {
        int sum = 0;
        for (int i = col + 1; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    /**
     * Adds {@code weight} × this grid's running row sums to {@code sums}: {@code sums[r][c + 1]} gains the weighted
     * count of row r's columns 0..c. Read from the Fenwick trees in O(columns) per used row.
     */
    void addRowSumsTo(double[][] sums, double weight) {
        if (total == 0 || weight == 0) {
            return;
        }
        int[] prefix = new int[ChinaGrid.COLS + 1];
        for (int r = 0; r < ChinaGrid.ROWS; r++) {
            int[] tree = rows[r];
            if (tree == null) {
                continue;
            }
            double[] row = sums[r];
            if (row == null) {
                row = sums[r] = new double[ChinaGrid.COLS + 1];
            }
            for (int i = 1; i <= ChinaGrid.COLS; i++) {
                prefix[i] = tree[i] + prefix[i - (i & -i)];
                row[i] += weight * prefix[i];
            }
        }
    }

    /** Points within about {@code radiusKm} of a point (cells whose centre row and column fall inside). */
    int within(double lng, double lat, double radiusKm) {
        if (total == 0) {
            return 0;
        }
        int sum = 0;
        int last = ChinaGrid.lastRow(lat, radiusKm);
        for (int r = ChinaGrid.firstRow(lat, radiusKm); r <= last; r++) {
            int[] tree = rows[r];
            if (tree == null) {
                continue;
            }
            int[] span = ChinaGrid.span(r, lng, lat, radiusKm);
            if (span != null) {
                sum += prefix(tree, span[1]) - (span[0] == 0 ? 0 : prefix(tree, span[0] - 1));
            }
        }
        return sum;
    }
}
