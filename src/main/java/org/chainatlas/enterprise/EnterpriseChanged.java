package org.chainatlas.enterprise;

import java.util.List;

/**
 * An enterprise was added, changed, removed (soft) or restored, or its needs changed; or a bulk load replaced
 * many at once ({@code enterpriseId} 0). Carries where the enterprise worked before and after the change, so
 * in-memory indexes can update by difference instead of rebuilding.
 */
public record EnterpriseChanged(long enterpriseId, Kind kind, List<LocatedSegment> before, List<LocatedSegment> after) {

    public enum Kind { CREATED, UPDATED, DELETED, RESTORED, NEEDS_CHANGED, BULK_LOADED }

    public static EnterpriseChanged bulkLoaded() {
        return new EnterpriseChanged(0, Kind.BULK_LOADED, List.of(), List.of());
    }

    public static EnterpriseChanged needsChanged(long enterpriseId) {
        return new EnterpriseChanged(enterpriseId, Kind.NEEDS_CHANGED, List.of(), List.of());
    }
}
