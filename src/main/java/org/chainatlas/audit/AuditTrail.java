package org.chainatlas.audit;

import java.util.List;

/**
 * Records changes. {@code before} and {@code after} are snapshots (records or maps) of the record; the trail
 * stores the fields whose values differ. Call it inside the changing transaction.
 */
public interface AuditTrail {

    void record(String entityType, long entityId, AuditAction action, Object before, Object after);

    /** The history of one record, oldest first. */
    List<AuditEntryView> history(String entityType, long entityId);
}
