package org.chainatlas.park;

/** A search result among parks and opportunities; highlights are HTML-escaped with matches in {@code <mark>}. */
public record ParkHit(Type type, long id, long parkId, String titleZh, String regionCode, String chainCode,
        String titleHighlight, String textHighlight, float score) {

    public enum Type { PARK, OPPORTUNITY }
}
