package org.chainatlas.audit;

import java.time.Instant;
import java.util.List;

/** One recorded change: what was done to which record, by whom and when, and each field's old and new value. */
public record AuditEntryView(long id, String entityType, long entityId, AuditAction action, String actor, Instant at,
        List<Change> changes) {

    public record Change(String field, String oldValue, String newValue) {
    }
}
