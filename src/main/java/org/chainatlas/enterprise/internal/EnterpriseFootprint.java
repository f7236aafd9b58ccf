package org.chainatlas.enterprise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.PresenceStatus;
import org.chainatlas.enterprise.SegmentPresence;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a chain's segments are present (see {@link SegmentPresence} for the rule): a segment is PRESENT in a
 * region when at least {@code presentAt} enterprises produce in it there (3 for a province, 2 for a
 * prefecture-level division) and no fewer than the region's share of all producers predicts; WEAK with
 * fewer; MISSING with none. The relative test keeps the colours meaningful at any dataset size.
 */
@Service
public class EnterpriseFootprint {

    static final int PROVINCE_PRESENT_AT = 3;
    static final int CITY_PRESENT_AT = 2;

    private final Enterprises enterprises;
    private final Chains chains;
    private final Regions regions;

    EnterpriseFootprint(Enterprises enterprises, Chains chains, Regions regions) {
        this.enterprises = enterprises;
        this.chains = chains;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public SegmentPresence presence(String chainCode, String regionCode) {
        List<ChainNodeView> nodes = chains.nodes(chainCode);
        RegionView region = regions.require(regionCode);
        List<Long> ids = nodes.stream().map(ChainNodeView::id).toList();
        Map<Long, Long> local = counts(ids, region.codePrefix());
        Map<Long, Long> national = counts(ids, "");
        int presentAt = region.level() == RegionLevel.PROVINCE ? PROVINCE_PRESENT_AT : CITY_PRESENT_AT;
        long nationalProducers = enterprises.countProducers("");
        double share = nationalProducers == 0 ? 0 : (double) enterprises.countProducers(region.codePrefix()) / nationalProducers;
        List<SegmentPresence.Segment> segments = new ArrayList<>();
        int[] tally = new int[3];
        for (ChainNodeView node : nodes) {
            long count = local.getOrDefault(node.id(), 0L);
            long nationalCount = national.getOrDefault(node.id(), 0L);
            double expected = Math.round(nationalCount * share * 10) / 10.0;
            PresenceStatus status = SegmentPresence.classify(count, expected, presentAt);
            tally[status.ordinal()]++;
            segments.add(new SegmentPresence.Segment(node.code(), count, nationalCount, expected, status));
        }
        return new SegmentPresence(chainCode, region.code(), region.nameZh(), region.nameEn(), presentAt,
                Math.round(share * 10000) / 10000.0, segments, tally[0], tally[1], tally[2]);
    }

    private Map<Long, Long> counts(List<Long> nodeIds, String prefix) {
        Map<Long, Long> counts = new HashMap<>();
        if (!nodeIds.isEmpty()) {
            for (Object[] row : enterprises.countBySegment(nodeIds, prefix)) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return counts;
    }
}
