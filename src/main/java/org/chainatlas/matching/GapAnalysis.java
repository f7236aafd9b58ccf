package org.chainatlas.matching;

import java.util.List;
import java.util.Map;

/**
 * A locality's chain, segment by segment, against its peers: the localities of the same level that host the chain most
 * strongly on real evidence (listed companies' seats and plants, catalogue zones), with ranked target enterprises for
 * each gap. {@code needsShown} says whether expansion intents counted (only for viewers allowed to see needs aimed at
 * the locality's province).
 */
public record GapAnalysis(String regionCode, String chainCode, List<String> peerRegions, List<SegmentGap> segments,
        Map<Long, List<TargetEnterprise>> targets, boolean needsShown, List<String> sources) {
}
