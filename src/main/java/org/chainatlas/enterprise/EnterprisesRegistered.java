package org.chainatlas.enterprise;

import java.util.List;

/**
 * Many enterprises were registered in one transaction (an import batch): their ids and the places (segment, role,
 * point) they work at. One event per batch, so indexes that follow the registry update once per batch instead of
 * once per enterprise.
 */
public record EnterprisesRegistered(List<Long> enterpriseIds, List<LocatedSegment> places) {

    public EnterprisesRegistered {
        enterpriseIds = List.copyOf(enterpriseIds);
        places = List.copyOf(places);
    }
}
