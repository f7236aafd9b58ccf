package org.chainatlas.project;

import java.time.Instant;
import java.util.List;

/**
 * A service ticket with its level (1 首席服务官, 2 部门负责人, 3 区/市领导), deadline and history; the department it
 * was handed to, the enterprise's satisfaction (1–5) when closed, the days it is overdue, who answers for it now
 * (names, in the full view) and the files attached to it.
 */
public record TicketView(long id, long projectId, String projectName, TicketCategory category, String titleZh,
        String description, TicketStatus status, int level, Instant dueAt, boolean overdue, String raisedBy, Instant raisedAt,
        Instant resolvedAt, Instant closedAt, List<Entry> entries, String departmentZh, Integer satisfaction, long overdueDays,
        List<String> handlers, List<ProjectView.Evidence> attachments) {

    public record Entry(String action, int level, String note, String byUser, Instant at) {
    }
}
