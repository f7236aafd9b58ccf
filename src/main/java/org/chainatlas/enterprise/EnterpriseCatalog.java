package org.chainatlas.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chainatlas.platform.NotFound;
import org.chainatlas.region.GeoPoint;

/** The enterprise registry as other modules read it. Views respect the current viewer's rights. */
public interface EnterpriseCatalog {

    Optional<EnterpriseView> find(long id);

    /** Enterprises whose full name, or (listed companies) short name, is exactly this name. */
    List<EnterpriseView> findByName(String name);

    /** A listed company by its stock code (e.g. 300750.SZ), public profile. */
    Optional<EnterpriseView> findByStockCode(String stockCode);

    /** An enterprise by its Unified Social Credit Code (public profile). */
    Optional<EnterpriseView> findByUscc(String uscc);

    default EnterpriseView require(long id) {
        return find(id).orElseThrow(() -> new NotFound("enterprise", id));
    }

    /** Brief public facts of enterprises by id (for lists elsewhere); unknown or deleted ids are left out. */
    java.util.Map<Long, EnterpriseBrief> briefs(Collection<Long> ids);

    /**
     * Why each enterprise is filed as producing a segment at a site (分类依据 …, 报道 …, a presumption where its introduction
     * names the base but not what it makes), by enterprise id; {@code siteOf} gives each enterprise's region code.
     */
    java.util.Map<Long, String> producingEvidence(long nodeId, java.util.Map<Long, String> siteOf);

    /**
     * The live enterprises seated in a region (a province, prefecture or county-level code) and those seated elsewhere
     * with a production base there: counts, and up to {@code limit} of each, the largest by latest revenue first.
     */
    RegionEnterprises inRegion(String regionCode, int limit);

    /** Whether any live enterprise was generated ({@code bin/generate}, for load tests) rather than real or entered. */
    boolean holdsGenerated();

    /** Names of enterprises by id (for lists elsewhere); unknown or deleted ids are left out. */
    java.util.Map<Long, String> names(Collection<Long> ids);

    /** Producers of any of the segments within the radius of a point, nearest first. */
    List<NearbyEnterprise> producersNear(Collection<Long> nodeIds, GeoPoint point, double radiusKm, int limit);

    /** Every (enterprise, segment, place) of live enterprises, streamed from the database. */
    void scanSegments(Consumer<LocatedSegment> consumer);

    /** Every open need of live enterprises, streamed (for matching; not for display: needs are private). */
    void scanOpenNeeds(Consumer<NeedView> consumer);

    /** The open needs of one enterprise, unfiltered (for matching; not for display). */
    void scanOpenNeedsOf(long enterpriseId, Consumer<NeedView> consumer);

    /** Where one live enterprise works, segment by segment (nothing when removed). */
    void scanSegmentsOf(long enterpriseId, Consumer<LocatedSegment> consumer);

    /** Where these live enterprises work, segment by segment, in one query per thousand ids. */
    void scanSegmentsOf(Collection<Long> enterpriseIds, Consumer<LocatedSegment> consumer);

    /** The needs of an enterprise the current viewer may see. */
    List<NeedView> needsOf(long enterpriseId);

    Optional<NeedView> need(long needId);

    long count();
}
