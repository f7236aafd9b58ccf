package org.chainatlas.enterprise;

/**
 * A search of the registry: Chinese (or English) text, and filters by region (province or city code: the seat or a
 * plant there), chain and tag. A word of the text naming a province or city (宜宾, 四川) also finds the enterprises with
 * their seat or a plant there. Blank text lists everything that passes the filters.
 */
public record EnterpriseQuery(String text, String regionCode, String chainCode, EnterpriseTag tag, int page, int size) {
}
