package org.chainatlas.chain;

import java.util.List;

import org.chainatlas.platform.web.Localized;

public record ChainView(long id, String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn,
        int supplyRadiusKm, String origin, List<String> sources, int nodeCount, int edgeCount) {

    public String name() {
        return Localized.pick(nameZh, nameEn);
    }

    public String description() {
        return Localized.pick(descriptionZh, descriptionEn);
    }
}
