package org.chainatlas.enterprise;

/**
 * A search of the registry: Chinese (or English) text, and filters by HQ region (province or city code),
 * chain and tag. Blank text lists everything that passes the filters.
 */
public record EnterpriseQuery(String text, String regionCode, String chainCode, EnterpriseTag tag, int page, int size) {
}
