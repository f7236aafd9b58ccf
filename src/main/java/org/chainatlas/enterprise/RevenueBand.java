package org.chainatlas.enterprise;

/** Annual revenue band (营业收入). Enterprises above designated size (规上) have at least 20 million CNY. */
public enum RevenueBand {
    BELOW_20M, FROM_20M_TO_100M, FROM_100M_TO_1B, FROM_1B_TO_10B, ABOVE_10B
}
