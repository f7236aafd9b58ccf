package org.chainatlas.region;

/** A WGS-84-ish point in decimal degrees (the map sources are GCJ-02; the difference is irrelevant at city scale). */
public record GeoPoint(double longitude, double latitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(longitude >= -180 && longitude <= 180) || !(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("not a coordinate: " + longitude + ", " + latitude);
        }
    }

    /** Great-circle distance by the haversine formula on the mean Earth radius. */
    public double distanceKm(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
