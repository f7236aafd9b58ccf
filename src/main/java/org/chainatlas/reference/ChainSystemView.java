package org.chainatlas.reference;

public record ChainSystemView(long id, String regionZh, String systemNameZh, String chainNameZh, String level,
        String sourceUrl, String regionCode) {
}
