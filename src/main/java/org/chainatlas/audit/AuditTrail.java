package org.chainatlas.audit;

import java.util.List;

/**
 * Records changes. {@code before} and {@code after} are snapshots (records or maps) of the record; the trail
 * stores the fields whose values differ. Call it inside the changing transaction.
 */
public interface AuditTrail {

    void record(String entityType, long entityId, AuditAction action, Object before, Object after);

    /** One change of {@link #recordAll}: the record and its snapshots before and after. */
    record Entry(long entityId, Object before, Object after) {
    }

    /**
     * Records many changes of one type and action at once (an import batch), written as one batch: the same entries
     * {@link #record} would write one by one. Call it inside the changing transaction.
     */
    void recordAll(String entityType, AuditAction action, List<Entry> entries);

    /** The history of one record, oldest first. */
    List<AuditEntryView> history(String entityType, long entityId);
}
