package org.chainatlas.chain;

import java.util.List;

import org.chainatlas.platform.web.Localized;

public record ChainNodeView(long id, String chainCode, String code, String nameZh, String nameEn, Stage stage,
        List<String> industryCodes, List<String> keywords, int position) {

    public String name() {
        return Localized.pick(nameZh, nameEn);
    }
}
