package org.chainatlas.matching.internal;

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
        return list.isEmpty() ? "无特别标签" : String.join("、", list.stream().map(Leadership::label).toList());
    }

    static String label(EnterpriseTag tag) {
        return switch (tag) {
            case FORTUNE_GLOBAL_500 -> "世界500强";
            case CHINA_TOP_500 -> "中国500强";
            case PRIVATE_TOP_500 -> "民营500强";
            case MANUFACTURING_TOP_500 -> "制造业500强";
            case CENTRAL_SOE -> "央企";
            case LITTLE_GIANT -> "专精特新小巨人";
            case SINGLE_CHAMPION -> "单项冠军";
            case UNICORN -> "独角兽";
            case CHAIN_LEADER -> "链主企业";
            case ABOVE_SIZE -> "规上企业";
        };
    }
}
