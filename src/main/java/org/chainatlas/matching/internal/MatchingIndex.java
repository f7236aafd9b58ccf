package org.chainatlas.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.chainatlas.enterprise.LocatedSegment;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.enterprise.SegmentRole;
import org.chainatlas.region.RegionView;

/**
 * The in-memory matching index: for every chain segment where it is produced and bought (weighted points
 * per grid cell), the parks with their factors and industries, open opportunities per park, and open needs.
 * Built from the database at start; enterprises are then added and removed by difference on change events,
 * parks and needs reloaded. Readers share a read lock; the rare writers take the write lock.
 */
final class MatchingIndex {

    /** A park as the scorer needs it. */
    record ParkRow(long id, String nameZh, String regionCode, int region, double lng, double lat, Double availableLandMu,
            Integer landPrice, Double electricity, Integer wage, Set<String> chains, Set<Long> nodes, boolean fresh,
            long daysSinceVerified, boolean national, boolean provincial, Double areaHa, boolean exact, String catalogueCode,
            String leadingIndustriesZh, List<org.chainatlas.park.ParkView.Industry> industries) {
    }

    /** An open need (private: used for scoring, never shown from here). */
    record NeedRow(long id, long enterpriseId, NeedKind kind, long nodeId, String chainCode, List<String> provinces) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final List<RegionView> regions = new ArrayList<>();
    private final Map<Long, SegmentPoints> producers = new HashMap<>();
    private final Map<Long, SegmentPoints> buyers = new HashMap<>();
    private volatile Parks parks = Parks.of(List.of());
    private volatile Map<Long, Set<Long>> openOpportunityNodes = Map.of();
    private final Map<Long, List<NeedRow>> needsByNode = new HashMap<>();
    private final Map<Long, List<NeedRow>> needsByEnterprise = new HashMap<>();
    private long segmentRows;

    MatchingIndex(Iterable<RegionView> allRegions) {
        for (RegionView region : allRegions) {
            regionIndex.put(region.code(), regions.size());
            regions.add(region);
        }
    }

    int region(String code) {
        Integer index = regionIndex.get(code);
        return index == null ? -1 : index;
    }

    RegionView regionAt(int index) {
        return regions.get(index);
    }

    int regionCount() {
        return regions.size();
    }

    <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    void write(Runnable writing) {
        lock.writeLock().lock();
        try {
            writing.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---------------------------------------------------------------- segments

    /** Adds a located segment (call inside {@link #write}). */
    void add(LocatedSegment s) {
        int region = region(s.regionCode());
        if (region < 0) {
            return;
        }
        (s.role() == SegmentRole.PRODUCES ? producers : buyers).computeIfAbsent(s.nodeId(), k -> new SegmentPoints())
                .add(s.enterpriseId(), s.longitude(), s.latitude(), s.tags(), region, s.weight());
        segmentRows++;
    }

    /** Removes a located segment as it was added (call inside {@link #write}). */
    void remove(LocatedSegment s) {
        SegmentPoints points = (s.role() == SegmentRole.PRODUCES ? producers : buyers).get(s.nodeId());
        int region = region(s.regionCode());
        if (points != null && region >= 0) {
            points.remove(s.enterpriseId(), s.longitude(), s.latitude(), region);
            segmentRows--;
        }
    }

    /**
     * Removes every point of the enterprise in the segment, role and grid cell of a place it was or is at (call inside
     * {@link #write}); what a node does before adding an enterprise's current places from the database.
     */
    void purge(long enterpriseId, long nodeId, SegmentRole role, double lng, double lat) {
        SegmentPoints points = (role == SegmentRole.PRODUCES ? producers : buyers).get(nodeId);
        if (points != null) {
            segmentRows -= points.removeAll(enterpriseId, lng, lat);
        }
    }

    /**
     * Brings one enterprise to {@code now}, its places as the database has them (call inside {@link #write}): its
     * points at the logged places (where a change saw it before and after) and at its current places are cleared,
     * then its current places added. Applying a change twice, or two changes out of order, ends in the same state.
     */
    void refresh(long enterpriseId, List<ChangeLog.Place> logged, List<LocatedSegment> now) {
        for (ChangeLog.Place p : logged) {
            purge(enterpriseId, p.nodeId(), p.role(), p.longitude(), p.latitude());
        }
        for (LocatedSegment s : now) {
            purge(enterpriseId, s.nodeId(), s.role(), s.longitude(), s.latitude());
        }
        for (LocatedSegment s : now) {
            add(s);
        }
    }

    SegmentPoints producers(long nodeId) {
        return producers.get(nodeId);
    }

    SegmentPoints buyers(long nodeId) {
        return buyers.get(nodeId);
    }

    long segmentRows() {
        return segmentRows;
    }

    // ---------------------------------------------------------------- parks and opportunities

    List<ParkRow> parks() {
        return parks.rows();
    }

    /**
     * The zones that lead in a segment, each with its {@link Evidence#zoneConfidence confidence} (above zero), in the
     * order of {@link #parks()}: read from a table built when the parks are set, so that a page or a ranking that
     * weighs every segment of a chain does not walk every zone's industries for each.
     */
    List<ZoneMatch> zones(long nodeId) {
        return parks.byNode().getOrDefault(nodeId, List.of());
    }

    /** A zone that leads in a segment, and how surely. */
    record ZoneMatch(ParkRow park, double confidence) {
    }

    /** The parks and, per segment, the zones leading in it: one value, replaced whole, so a reader sees both alike. */
    private record Parks(List<ParkRow> rows, Map<Long, List<ZoneMatch>> byNode) {

        static Parks of(List<ParkRow> rows) {
            Map<Long, List<ZoneMatch>> byNode = new HashMap<>();
            for (ParkRow park : rows) {
                for (long node : nodes(park)) {
                    double c = Evidence.zoneConfidence(park, node);
                    if (c > 0) {
                        byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(new ZoneMatch(park, c));
                    }
                }
            }
            byNode.replaceAll((k, v) -> List.copyOf(v));
            return new Parks(List.copyOf(rows), Map.copyOf(byNode));
        }

        /** These parks with the zone lists of only the given segments read again (a few parks changed: their segments). */
        Parks with(List<ParkRow> rows, Set<Long> changedNodes) {
            Map<Long, List<ZoneMatch>> next = new HashMap<>(byNode);
            for (long node : changedNodes) {
                List<ZoneMatch> zones = new ArrayList<>();
                for (ParkRow park : rows) {
                    double c = Evidence.zoneConfidence(park, node);
                    if (c > 0) {
                        zones.add(new ZoneMatch(park, c));
                    }
                }
                if (zones.isEmpty()) {
                    next.remove(node);
                } else {
                    next.put(node, List.copyOf(zones));
                }
            }
            return new Parks(List.copyOf(rows), Map.copyOf(next));
        }

        /** The segments a park may lead in: those its locality listed and those its leading industries name. */
        static Set<Long> nodes(ParkRow park) {
            Set<Long> nodes = new java.util.LinkedHashSet<>(park.nodes());
            park.industries().stream().filter(i -> i.nodeId() != null).forEach(i -> nodes.add(i.nodeId()));
            return nodes;
        }
    }

    void parks(List<ParkRow> rows, Map<Long, Set<Long>> opportunityNodes) {
        this.parks = Parks.of(rows);
        this.openOpportunityNodes = Map.copyOf(opportunityNodes);
    }

    /**
     * Replaces some parks (a null row: the park is gone) and their open opportunities ({@code opportunityNodes} holds
     * those of the replaced parks only; a replaced park missing from it has none open any more), without a full
     * reload; readers keep the parks they hold.
     */
    synchronized void replaceParks(Map<Long, ParkRow> rows, Map<Long, Set<Long>> opportunityNodes) {
        List<ParkRow> current = parks.rows();
        List<ParkRow> next = new ArrayList<>(current.size() + rows.size());
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Set<Long> changedNodes = new java.util.HashSet<>();
        rows.values().stream().filter(java.util.Objects::nonNull).forEach(r -> changedNodes.addAll(Parks.nodes(r)));
        for (ParkRow p : current) {
            if (rows.containsKey(p.id())) {
                changedNodes.addAll(Parks.nodes(p));
                seen.add(p.id());
                if (rows.get(p.id()) != null) {
                    next.add(rows.get(p.id()));
                }
            } else {
                next.add(p);
            }
        }
        rows.forEach((id, row) -> {
            if (!seen.contains(id) && row != null) {
                next.add(row);
            }
        });
        Map<Long, Set<Long>> opportunities = new java.util.HashMap<>(openOpportunityNodes);
        rows.keySet().forEach(opportunities::remove);
        opportunityNodes.forEach((park, nodes) -> {
            if (rows.containsKey(park)) {
                opportunities.put(park, Set.copyOf(nodes));
            }
        });
        this.parks = parks.with(next, changedNodes);
        this.openOpportunityNodes = Map.copyOf(opportunities);
    }

    Set<Long> openOpportunityNodes(long parkId) {
        return openOpportunityNodes.getOrDefault(parkId, Set.of());
    }

    // ---------------------------------------------------------------- needs

    void replaceNeeds(long enterpriseId, List<NeedRow> rows) {
        List<NeedRow> old = needsByEnterprise.remove(enterpriseId);
        if (old != null) {
            for (NeedRow row : old) {
                List<NeedRow> list = needsByNode.get(row.nodeId());
                if (list != null) {
                    list.removeIf(r -> r.id() == row.id());
                }
            }
        }
        if (!rows.isEmpty()) {
            needsByEnterprise.put(enterpriseId, new ArrayList<>(rows));
            rows.forEach(r -> needsByNode.computeIfAbsent(r.nodeId(), k -> new ArrayList<>()).add(r));
        }
    }

    void addNeed(NeedRow row) {
        needsByEnterprise.computeIfAbsent(row.enterpriseId(), k -> new ArrayList<>()).add(row);
        needsByNode.computeIfAbsent(row.nodeId(), k -> new ArrayList<>()).add(row);
    }

    List<NeedRow> needsOf(long enterpriseId) {
        return needsByEnterprise.getOrDefault(enterpriseId, List.of());
    }

    List<NeedRow> needsFor(long nodeId) {
        return needsByNode.getOrDefault(nodeId, List.of());
    }
}
