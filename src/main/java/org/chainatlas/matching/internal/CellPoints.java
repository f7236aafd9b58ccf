package org.chainatlas.matching.internal;

import java.util.Arrays;

/** The points of one grid cell, as parallel growable arrays (enterprise, coordinates, tags, region, weight). */
final class CellPoints {

    int size;
    long[] enterprise = new long[4];
    float[] lng = new float[4];
    float[] lat = new float[4];
    int[] tags = new int[4];
    int[] region = new int[4];
    float[] weight = new float[4];
    /** The point on the unit sphere, for distance tests without trigonometry. */
    double[] x = new double[4];
    double[] y = new double[4];
    double[] z = new double[4];

    void add(long enterpriseId, double longitude, double latitude, int tagMask, int regionIndex, double weightOf) {
        if (size == enterprise.length) {
            int n = size * 2;
            enterprise = Arrays.copyOf(enterprise, n);
            lng = Arrays.copyOf(lng, n);
            lat = Arrays.copyOf(lat, n);
            tags = Arrays.copyOf(tags, n);
            region = Arrays.copyOf(region, n);
            weight = Arrays.copyOf(weight, n);
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            z = Arrays.copyOf(z, n);
        }
        enterprise[size] = enterpriseId;
        lng[size] = (float) longitude;
        lat[size] = (float) latitude;
        tags[size] = tagMask;
        region[size] = regionIndex;
        weight[size] = (float) weightOf;
        // from the stored (float) coordinates, so that the chord test decides as the haversine on them would
        double phi = Math.toRadians(lat[size]);
        double lambda = Math.toRadians(lng[size]);
        x[size] = Math.cos(phi) * Math.cos(lambda);
        y[size] = Math.cos(phi) * Math.sin(lambda);
        z[size] = Math.sin(phi);
        size++;
    }

    /** Removes one point of the enterprise at (about) these coordinates; answers whether one was found. */
    boolean remove(long enterpriseId, double longitude, double latitude) {
        for (int i = 0; i < size; i++) {
            if (enterprise[i] == enterpriseId && Math.abs(lng[i] - longitude) < 1e-4 && Math.abs(lat[i] - latitude) < 1e-4) {
                int last = size - 1;
                enterprise[i] = enterprise[last];
                lng[i] = lng[last];
                lat[i] = lat[last];
                tags[i] = tags[last];
                region[i] = region[last];
                weight[i] = weight[last];
                x[i] = x[last];
                y[i] = y[last];
                z[i] = z[last];
                size--;
                return true;
            }
        }
        return false;
    }

    /** Removes every point of the enterprise in this cell; answers how many. */
    int removeAll(long enterpriseId) {
        int removed = 0;
        for (int i = size - 1; i >= 0; i--) {
            if (enterprise[i] == enterpriseId && remove(enterpriseId, lng[i], lat[i])) {
                removed++;
            }
        }
        return removed;
    }
}
