package org.chainatlas.project;

import java.time.LocalDate;

/**
 * Which projects: by stage (exact), by funnel step ("signed", "started", "producing": that far or further), by
 * region code prefix, chain, event, signing period, overdue, duplicate flags. Empty fields do not filter.
 */
public record ProjectFilter(ProjectStage stage, String step, String region, String chainCode, Long eventId, LocalDate from,
        LocalDate to, Boolean overdue, Boolean flagged, String text) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
