package org.chainatlas.event;

import java.time.LocalDate;

/**
 * An event as entered: host city, dates, venue, theme, the rules for meeting requests, and its hosts (主办单位) and
 * co-hosts (承办单位), one per line.
 */
public record EventForm(String nameZh, String nameEn, String hostRegionCode, String venueZh, LocalDate startsOn,
        LocalDate endsOn, String themeZh, Integer requestExpiryHours, Integer requestQuota, String hostsZh,
        String coHostsZh) {
}
