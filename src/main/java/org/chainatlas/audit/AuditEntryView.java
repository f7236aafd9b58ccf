package org.chainatlas.audit;

import java.time.Instant;
import java.util.List;

/** One recorded change: what was done to which record, by whom and when, and each field's old and new value. */
public record AuditEntryView(long id, String entityType, long entityId, AuditAction action, String actor, Instant at,
        List<Change> changes) {

    /** Fields a record keeps for the machine (ids, versions, timestamps, flags of its own): stored, not shown as changes. */
    private static final java.util.Set<String> TECHNICAL = java.util.Set.of("id", "version", "createdAt", "updatedAt", "deletedAt",
            "stale", "demo", "searchText", "createdBy");

    /** The changes a reader is shown: what a person changed, not the record's bookkeeping. */
    public List<Change> shownChanges() {
        return changes.stream().filter(c -> !TECHNICAL.contains(c.field())).toList();
    }

    public record Change(String field, String oldValue, String newValue) {
    }
}
