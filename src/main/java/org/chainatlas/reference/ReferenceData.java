package org.chainatlas.reference;

import java.util.List;

/** Read access to reference data for other modules and pages. */
public interface ReferenceData {

    /** Zones inside the region given by its code prefix (see {@code RegionView.codePrefix()}); all when null. */
    List<ZoneView> zones(String regionPrefix, ZoneKind kind);

    List<ClusterView> clusters(String regionPrefix);

    List<ChainSystemView> chainSystems(String regionPrefix);

    long zoneCount();

    long clusterCount();
}
