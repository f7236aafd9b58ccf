package org.chainatlas.enterprise;

/**
 * How much an enterprise weighs in presence and matching counts, from its size: by revenue (营业收入) when known,
 * w = 1 + log10(revenue / 100 million CNY), between 0.5 and 3 (100 million → 1, 1 billion → 2, 10 billion or more →
 * 3); else by its revenue band's middle; else by employees (300 → 1, 3,000 → 2, 30,000 → 3); else 1.
 */
public final class EnterpriseSize {

    public static final double MIN = 0.5;
    public static final double MAX = 3;

    private EnterpriseSize() {
    }

    public static double weight(Double revenueCny, RevenueBand band, Integer employees) {
        if (revenueCny != null && revenueCny > 0) {
            return clamp(1 + Math.log10(revenueCny / 1e8));
        }
        if (band != null) {
            return switch (band) {
                case BELOW_20M -> MIN;
                case FROM_20M_TO_100M -> clamp(1 + Math.log10(0.5));
                case FROM_100M_TO_1B -> clamp(1 + Math.log10(3));
                case FROM_1B_TO_10B -> clamp(1 + Math.log10(30));
                case ABOVE_10B -> MAX;
            };
        }
        if (employees != null && employees > 0) {
            return clamp(1 + Math.log10(employees / 300.0));
        }
        return 1;
    }

    /** The band a revenue falls in. */
    public static RevenueBand band(double revenueCny) {
        if (revenueCny < 2e7) {
            return RevenueBand.BELOW_20M;
        }
        if (revenueCny < 1e8) {
            return RevenueBand.FROM_20M_TO_100M;
        }
        if (revenueCny < 1e9) {
            return RevenueBand.FROM_100M_TO_1B;
        }
        return revenueCny < 1e10 ? RevenueBand.FROM_1B_TO_10B : RevenueBand.ABOVE_10B;
    }

    private static double clamp(double w) {
        return Math.round(Math.max(MIN, Math.min(MAX, w)) * 100) / 100.0;
    }
}
