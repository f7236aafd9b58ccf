package org.chainatlas.enterprise;

/** What lists of enterprises elsewhere show: name, seat, stock code (listed companies), latest revenue and its year. */
public record EnterpriseBrief(long id, String nameZh, String hqRegionCode, String stockCode, Double revenueCny,
        Integer revenueYear, boolean demo, boolean delisted) {
}
