package org.chainatlas.reference;

public record ZoneView(long id, String nameZh, ZoneKind kind, String provinceZh, String cityZh,
        String leadingIndustriesZh, String sourceUrl, String regionCode) {
}
