package org.chainatlas.account;

/** What a user is to the platform. Later issues add organiser, locality, service officer and enterprise roles. */
public enum Role {
    ADMIN, ORGANISER, LOCALITY, SERVICE_OFFICER, ENTERPRISE
}
