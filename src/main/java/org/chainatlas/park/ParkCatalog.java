package org.chainatlas.park;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.PageView;

/** Parks and opportunities as other modules read them. */
public interface ParkCatalog {

    Optional<ParkView> find(long id);

    /** The Chinese names of these parks (those that exist and are not deleted), in one read: for lists that name them. */
    java.util.Map<Long, String> namesZh(java.util.Collection<Long> ids);

    default ParkView require(long id) {
        return find(id).orElseThrow(() -> new NotFound("park", id));
    }

    Optional<OpportunityView> opportunity(long id);

    PageView<OpportunityView> opportunities(OpportunityFilter filter);

    /** Every live park, streamed (for the matching index). */
    void scanParks(Consumer<ParkView> consumer);

    /** Every open or negotiating opportunity, streamed (for the matching index). */
    void scanOpenOpportunities(Consumer<OpportunityView> consumer);

    /** The open or negotiating opportunities of some parks (null: all), streamed (a changed park in the index). */
    void scanOpenOpportunities(java.util.Collection<Long> parkIds, Consumer<OpportunityView> consumer);

    /** Full-text search over parks and opportunities, optionally inside a region. */
    PageView<ParkHit> search(String text, String regionCode, String chainCode, int page, int size);

    long count();

    /** Live parks per region code (the parks' own codes), within a region (a province or city code) or everywhere (null). */
    java.util.Map<String, Long> countsByRegion(String regionCode);

    /** Whether any live park was generated ({@code bin/generate}, for load tests) rather than real or entered. */
    boolean holdsGenerated();

    List<ParkView> parksIn(String regionCode);

    /** The live parks with exactly this Chinese name (for imports that give a park by name). */
    List<ParkView> named(String nameZh);
}
