package org.chainatlas.audit.internal;

import java.time.Instant;

import org.chainatlas.audit.AuditAction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "entity_type", nullable = false)
    private String entityType;
    @Column(name = "entity_id", nullable = false)
    private long entityId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private Instant at;
    private String changes;

    protected AuditEntry() {
    }

    AuditEntry(String entityType, long entityId, AuditAction action, String actor, String changes) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.actor = actor;
        this.at = Instant.now();
        this.changes = changes;
    }

    Long id() {
        return id;
    }

    String entityType() {
        return entityType;
    }

    long entityId() {
        return entityId;
    }

    AuditAction action() {
        return action;
    }

    String actor() {
        return actor;
    }

    Instant at() {
        return at;
    }

    String changes() {
        return changes;
    }
}
