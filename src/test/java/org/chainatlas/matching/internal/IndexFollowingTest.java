package org.chainatlas.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chainatlas.enterprise.LocatedSegment;
import org.chainatlas.enterprise.SegmentRole;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.junit.jupiter.api.Test;

/**
 * How a node applies another node's enterprise changes to its index: the logged places round-trip through the change
 * log's text, and refreshing an enterprise to its current places ends in the same index whether the changes come once,
 * twice or out of order.
 */
class IndexFollowingTest {

    private static final RegionView YIBIN = new RegionView("511500", "宜宾市", "Yibin", RegionLevel.PREFECTURE, "510000", 104.64, 28.75, "宜宾市");
    private static final RegionView CHENGDU = new RegionView("510100", "成都市", "Chengdu", RegionLevel.PREFECTURE, "510000", 104.07, 30.57, "成都市");
    private static final long NODE = 211;

    private static LocatedSegment at(RegionView region) {
        return new LocatedSegment(7, NODE, SegmentRole.PRODUCES, region.code(), region.longitude(), region.latitude(), 0, 1.0);
    }

    /** Where enterprise 7 is in the index: the regions of its points, one entry per point. */
    private static List<String> placesOf(MatchingIndex index) {
        List<String> found = new ArrayList<>();
        SegmentPoints points = index.producers(NODE);
        if (points == null) {
            return found;
        }
        points.cells.values().forEach(cell -> {
            for (int i = 0; i < cell.size; i++) {
                if (cell.enterprise[i] == 7) {
                    found.add(index.regionAt(cell.region[i]).code());
                }
            }
        });
        return found;
    }

    @Test
    void loggedPlacesRoundTrip() {
        String text = ChangeLog.places(List.of(at(YIBIN)), List.of(at(CHENGDU), at(CHENGDU)));
        assertThat(ChangeLog.parse(text)).containsExactly(
                new ChangeLog.Place(NODE, SegmentRole.PRODUCES, YIBIN.longitude(), YIBIN.latitude()),
                new ChangeLog.Place(NODE, SegmentRole.PRODUCES, CHENGDU.longitude(), CHENGDU.latitude()));
        assertThat(ChangeLog.parse(null)).isEmpty();
    }

    @Test
    void changesAppliedTwiceOrOutOfOrderEndWhereTheDatabaseIs() {
        MatchingIndex index = new MatchingIndex(List.of(YIBIN, CHENGDU));
        index.write(() -> index.add(at(YIBIN)));
        // on the other node: 7 moved 宜宾 → 成都 (change 1), then gained a second plant in 宜宾 (change 2)
        List<ChangeLog.Place> change1 = ChangeLog.parse(ChangeLog.places(List.of(at(YIBIN)), List.of(at(CHENGDU))));
        List<ChangeLog.Place> change2 = ChangeLog.parse(ChangeLog.places(List.of(at(CHENGDU)), List.of(at(CHENGDU), at(YIBIN))));
        List<LocatedSegment> database = List.of(at(CHENGDU), at(YIBIN));

        // the later change first, then the earlier one, then the later one again: each time the database says where 7 is now
        index.write(() -> index.refresh(7, change2, database));
        index.write(() -> index.refresh(7, change1, database));
        index.write(() -> index.refresh(7, change2, database));
        assertThat(placesOf(index)).containsExactlyInAnyOrder("510100", "511500");
        assertThat(index.segmentRows()).isEqualTo(2);

        // removed on the other node: nothing of 7 is left
        index.write(() -> index.refresh(7, ChangeLog.parse(ChangeLog.places(database, List.of())), List.of()));
        assertThat(placesOf(index)).isEmpty();
        assertThat(index.segmentRows()).isZero();
    }

    private static MatchingIndex.ParkRow park(long id) {
        return new MatchingIndex.ParkRow(id, "园区" + id, YIBIN.code(), 0, YIBIN.longitude(), YIBIN.latitude(), null, null, null,
                null, java.util.Set.of(), java.util.Set.of(), true, 1, true, false, null, true, null, null, List.of());
    }

    /** A changed park brings its own open opportunities; the other parks keep theirs. */
    @Test
    void aReloadedParkReplacesItsOpportunitiesOnly() {
        MatchingIndex index = new MatchingIndex(List.of(YIBIN, CHENGDU));
        index.parks(List.of(park(1), park(2)), java.util.Map.of(1L, java.util.Set.of(10L), 2L, java.util.Set.of(20L)));
        index.replaceParks(java.util.Map.of(1L, park(1)), java.util.Map.of());
        assertThat(index.openOpportunityNodes(1)).isEmpty();
        assertThat(index.openOpportunityNodes(2)).containsExactly(20L);
        index.replaceParks(java.util.Map.of(2L, park(2)), java.util.Map.of(2L, java.util.Set.of(21L, 22L)));
        assertThat(index.openOpportunityNodes(2)).containsExactlyInAnyOrder(21L, 22L);
        java.util.Map<Long, MatchingIndex.ParkRow> gone = new java.util.HashMap<>();
        gone.put(2L, null);
        index.replaceParks(gone, java.util.Map.of());
        assertThat(index.openOpportunityNodes(2)).isEmpty();
        assertThat(index.parks()).extracting(MatchingIndex.ParkRow::id).containsExactly(1L);
    }

    private static MatchingIndex.ParkRow leading(long id, java.util.Set<Long> nodes, String catalogue) {
        return new MatchingIndex.ParkRow(id, "园区" + id, YIBIN.code(), 0, YIBIN.longitude(), YIBIN.latitude(), null, null, null,
                null, java.util.Set.of(), nodes, true, 1, true, false, null, true, catalogue, null, List.of());
    }

    /** The zones leading in a segment follow a changed park: it leaves the segments it no longer lists and joins its new ones. */
    @Test
    void theZonesOfASegmentFollowAChangedPark() {
        MatchingIndex index = new MatchingIndex(List.of(YIBIN, CHENGDU));
        index.parks(List.of(leading(1, java.util.Set.of(10L), null), leading(2, java.util.Set.of(10L, 11L), null),
                leading(3, java.util.Set.of(10L), "G001")), java.util.Map.of());
        assertThat(index.zones(10)).extracting(z -> z.park().id()).as("a catalogue zone leads by its industries only")
                .containsExactly(1L, 2L);
        assertThat(index.zones(11)).extracting(z -> z.park().id()).containsExactly(2L);
        index.replaceParks(java.util.Map.of(1L, leading(1, java.util.Set.of(11L, 12L), null)), java.util.Map.of());
        assertThat(index.zones(10)).extracting(z -> z.park().id()).containsExactly(2L);
        assertThat(index.zones(11)).extracting(z -> z.park().id()).as("in the order of the parks").containsExactly(1L, 2L);
        assertThat(index.zones(12)).extracting(z -> z.park().id()).containsExactly(1L);
        assertThat(index.zones(12)).extracting(MatchingIndex.ZoneMatch::confidence).containsExactly(1.0);
        java.util.Map<Long, MatchingIndex.ParkRow> gone = new java.util.HashMap<>();
        gone.put(2L, null);
        index.replaceParks(gone, java.util.Map.of());
        assertThat(index.zones(10)).isEmpty();
        assertThat(index.zones(11)).extracting(z -> z.park().id()).containsExactly(1L);
    }
}
