package org.chainatlas.enterprise;

/**
 * An enterprise was added, changed, removed (soft) or restored, or its needs changed; or a bulk load replaced
 * many at once ({@code enterpriseId} 0). In-memory indexes refresh on it.
 */
public record EnterpriseChanged(long enterpriseId, Kind kind) {

    public enum Kind { CREATED, UPDATED, DELETED, RESTORED, NEEDS_CHANGED, BULK_LOADED }
}
