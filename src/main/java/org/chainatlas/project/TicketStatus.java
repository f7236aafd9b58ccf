package org.chainatlas.project;

/** OPEN (raised), IN_PROGRESS (taken up), RESOLVED (the handler says so), CLOSED (the enterprise confirmed). */
public enum TicketStatus {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED
}
