package org.chainatlas.event;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A thematic session as entered: its chain, day and hours, slot length (minutes) and its negotiation area with
 * {@code tables} numbered tables of {@code tableCapacity} seats.
 */
public record SessionForm(String chainCode, String titleZh, String titleEn, LocalDate day, LocalTime startsAt,
        LocalTime endsAt, Integer slotMinutes, String areaZh, Integer tables, Integer tableCapacity) {
}
