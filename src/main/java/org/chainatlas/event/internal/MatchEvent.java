package org.chainatlas.event.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.chainatlas.event.EventForm;
import org.chainatlas.event.EventStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A matchmaking event (对接活动): host city, hosts (主办) and co-hosts (承办), dates, theme and its rules for meeting requests. */
@Entity
@Table(name = "match_event")
class MatchEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "host_region_code", nullable = false)
    private String hostRegionCode;
    @Column(name = "venue_zh")
    private String venueZh;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "theme_zh")
    private String themeZh;
    @Column(name = "hosts_zh")
    private String hostsZh;
    @Column(name = "co_hosts_zh")
    private String coHostsZh;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status;
    @Column(name = "request_expiry_hours", nullable = false)
    private int requestExpiryHours;
    @Column(name = "request_quota", nullable = false)
    private int requestQuota;
    private boolean demo;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected MatchEvent() {
    }

    MatchEvent(String createdBy, boolean demo) {
        this.createdBy = createdBy;
        this.demo = demo;
        this.createdAt = Instant.now();
        this.status = EventStatus.OPEN;
    }

    void apply(EventForm form) {
        nameZh = form.nameZh().strip();
        nameEn = form.nameEn() == null || form.nameEn().isBlank() ? null : form.nameEn().strip();
        hostRegionCode = form.hostRegionCode();
        venueZh = form.venueZh();
        startsOn = form.startsOn();
        endsOn = form.endsOn();
        themeZh = form.themeZh();
        hostsZh = lines(form.hostsZh());
        coHostsZh = lines(form.coHostsZh());
        requestExpiryHours = form.requestExpiryHours() == null ? 48 : form.requestExpiryHours();
        requestQuota = form.requestQuota() == null ? 20 : form.requestQuota();
    }

    /** One name per line, blank lines and surrounding spaces dropped; null when there is none. */
    private static String lines(String text) {
        if (text == null) {
            return null;
        }
        String joined = String.join("\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Moves the event to {@code target} if its lifecycle allows it from where it is; an event is finished once it has
     * begun ({@code today}, in China), not weeks before its first day (it then takes no registrations or requests).
     */
    void moveTo(EventStatus target, LocalDate today) {
        if (target == status) {
            return;
        }
        if (target == EventStatus.FINISHED && startsOn != null && today.isBefore(startsOn)) {
            throw org.chainatlas.platform.InvalidTransition.coded("event " + nameZh + " begins on " + startsOn
                    + ": it can be finished from that day", "error.eventNotBegun", nameZh, String.valueOf(startsOn));
        }
        // publishing a draft or opening requests again after closing them; closing; finishing; never back to draft
        require(status.mayMoveTo(target), switch (target) {
            case OPEN -> "open";
            case CLOSED -> "close its requests";
            case FINISHED -> "finish";
            case DRAFT -> "go back to draft";
        });
        status = target;
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new org.chainatlas.platform.InvalidTransition("event " + nameZh, status, step);
        }
    }

    Long id() { return id; }
    String nameZh() { return nameZh; }
    String nameEn() { return nameEn; }
    String hostRegionCode() { return hostRegionCode; }
    String venueZh() { return venueZh; }
    LocalDate startsOn() { return startsOn; }
    LocalDate endsOn() { return endsOn; }
    String themeZh() { return themeZh; }
    String hostsZh() { return hostsZh; }
    String coHostsZh() { return coHostsZh; }
    EventStatus status() { return status; }
    int requestExpiryHours() { return requestExpiryHours; }
    int requestQuota() { return requestQuota; }
    boolean demo() { return demo; }

    long version() {
        return version;
    }
}
