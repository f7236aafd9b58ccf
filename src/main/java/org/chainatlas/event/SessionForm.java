package org.chainatlas.event;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session as entered: its kind (null: 专题对接), chain, day and hours, and for a 专题对接 its slot length (minutes)
 * and its negotiation area with {@code tables} numbered tables of {@code tableCapacity} seats.
 */
public record SessionForm(String chainCode, String titleZh, String titleEn, LocalDate day, LocalTime startsAt,
        LocalTime endsAt, Integer slotMinutes, String areaZh, Integer tables, Integer tableCapacity, SessionKind kind) {

    public SessionKind kindOrDefault() {
        return kind == null ? SessionKind.MATCHMAKING : kind;
    }
}
