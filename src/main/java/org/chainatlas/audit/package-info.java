/**
 * Audit trail: every change to a record (who, when, what changed with old and new values), deletions and
 * restorations, and a history page per record. Other modules call {@link org.chainatlas.audit.AuditTrail}
 * inside the transaction that makes the change, so the trail and the change commit together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.chainatlas.audit;
