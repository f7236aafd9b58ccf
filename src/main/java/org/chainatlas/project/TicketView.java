package org.chainatlas.project;

import java.time.Instant;
import java.util.List;

/**
 * A service ticket with its level (1 service officer, 2 department head, 3 district leader), deadline and history.
 */
public record TicketView(long id, long projectId, String projectName, TicketCategory category, String titleZh,
        String description, TicketStatus status, int level, Instant dueAt, boolean overdue, String raisedBy, Instant raisedAt,
        Instant resolvedAt, Instant closedAt, List<Entry> entries) {

    public record Entry(String action, int level, String note, String byUser, Instant at) {
    }
}
