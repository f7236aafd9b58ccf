package org.chainatlas.enterprise;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Recognitions and ranks of an enterprise, stored as a bit mask (column {@code enterprise.tags}). */
public enum EnterpriseTag {
    /** 世界500强 */
    FORTUNE_GLOBAL_500,
    /** 中国500强 */
    CHINA_TOP_500,
    /** 民营500强 */
    PRIVATE_TOP_500,
    /** 制造业500强 */
    MANUFACTURING_TOP_500,
    /** 央企 */
    CENTRAL_SOE,
    /** 专精特新"小巨人" */
    LITTLE_GIANT,
    /** 制造业单项冠军 */
    SINGLE_CHAMPION,
    /** 独角兽 */
    UNICORN,
    /** 链主企业 */
    CHAIN_LEADER,
    /** 规上企业 */
    ABOVE_SIZE;

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int mask) {
        return (mask & bit()) != 0;
    }

    public static int mask(Collection<EnterpriseTag> tags) {
        int mask = 0;
        if (tags != null) {
            for (EnterpriseTag tag : tags) {
                if (tag != null) {
                    mask |= tag.bit();
                }
            }
        }
        return mask;
    }

    public static List<EnterpriseTag> of(int mask) {
        Set<EnterpriseTag> set = EnumSet.noneOf(EnterpriseTag.class);
        for (EnterpriseTag tag : values()) {
            if (tag.in(mask)) {
                set.add(tag);
            }
        }
        return List.copyOf(set);
    }
}
