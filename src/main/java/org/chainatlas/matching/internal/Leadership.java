package org.chainatlas.matching.internal;

import static org.chainatlas.platform.web.Localized.pick;

import org.chainatlas.enterprise.EnterpriseTag;

/** How much an enterprise's tags suggest it can lead or anchor a chain segment (0–1), and why. */
final class Leadership {

    private Leadership() {
    }

    static double value(int tags) {
        if (EnterpriseTag.CHAIN_LEADER.in(tags)) {
            return 1;
        }
        if (EnterpriseTag.FORTUNE_GLOBAL_500.in(tags) || EnterpriseTag.CHINA_TOP_500.in(tags)
                || EnterpriseTag.MANUFACTURING_TOP_500.in(tags) || EnterpriseTag.CENTRAL_SOE.in(tags)
                || EnterpriseTag.PRIVATE_TOP_500.in(tags)) {
            return 0.8;
        }
        if (EnterpriseTag.SINGLE_CHAMPION.in(tags) || EnterpriseTag.LITTLE_GIANT.in(tags) || EnterpriseTag.UNICORN.in(tags)) {
            return 0.7;
        }
        return EnterpriseTag.ABOVE_SIZE.in(tags) ? 0.3 : 0;
    }

    static String detail(int tags) {
        var list = EnterpriseTag.of(tags);
        return list.isEmpty() ? pick("无特别标签", "no distinguishing tags") : String.join(pick("、", ", "), list.stream().map(Leadership::label).toList());
    }

    static String label(EnterpriseTag tag) {
        return switch (tag) {
            case FORTUNE_GLOBAL_500 -> pick("世界500强", "Fortune Global 500");
            case CHINA_TOP_500 -> pick("中国500强", "China Top 500");
            case PRIVATE_TOP_500 -> pick("民营500强", "Top 500 private");
            case MANUFACTURING_TOP_500 -> pick("制造业500强", "Top 500 manufacturer");
            case CENTRAL_SOE -> pick("央企", "central SOE");
            case LITTLE_GIANT -> pick("专精特新小巨人", "little giant");
            case SINGLE_CHAMPION -> pick("单项冠军", "single champion");
            case UNICORN -> pick("独角兽", "unicorn");
            case CHAIN_LEADER -> pick("链主企业", "chain leader");
            case ABOVE_SIZE -> pick("规上企业", "above designated size");
        };
    }
}
