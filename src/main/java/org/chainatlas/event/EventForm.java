package org.chainatlas.event;

import java.time.LocalDate;

/** An event as entered: host city, dates, venue, theme, and the rules for meeting requests. */
public record EventForm(String nameZh, String nameEn, String hostRegionCode, String venueZh, LocalDate startsOn,
        LocalDate endsOn, String themeZh, Integer requestExpiryHours, Integer requestQuota) {
}
