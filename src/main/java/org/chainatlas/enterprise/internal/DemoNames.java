package org.chainatlas.enterprise.internal;

import java.util.List;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.region.RegionView;

/** Pieces of plausible Chinese company names for generated demo enterprises. */
final class DemoNames {

    private DemoNames() {
    }

    /** A region's name without its administrative suffix, at most two characters when longer than three. */
    static String shortName(RegionView region) {
        String name = region.nameZh();
        for (String suffix : List.of("土家族苗族自治州", "藏族羌族自治州", "彝族自治州", "自治州", "地区", "盟", "市", "林区")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return name.length() > 3 ? name.substring(0, 2) : name;
    }

    /** The segment's first keyword (a short product noun by the chain file rules), at most six characters. */
    static String industryWord(ChainNodeView node) {
        String word = node.keywords().isEmpty() ? node.nameZh() : node.keywords().getFirst();
        return word.length() > 6 ? word.substring(0, 6) : word;
    }
}
