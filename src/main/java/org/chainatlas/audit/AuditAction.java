package org.chainatlas.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, RESTORE, SIGN_IN_LOCKED, VERIFY
}
