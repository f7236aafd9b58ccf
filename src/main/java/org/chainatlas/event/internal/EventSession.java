package org.chainatlas.event.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A session of an event: its kind (plenary, 专题对接, list release, signing ceremony), usually one chain, its day and
 * hours, and for a 专题对接 the slot length of its meetings.
 */
@Entity
@Table(name = "event_session")
class EventSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "chain_code")
    private String chainCode;
    @Column(name = "title_zh", nullable = false)
    private String titleZh;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "session_day", nullable = false)
    private LocalDate day;
    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;
    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;
    @Column(name = "area_zh")
    private String areaZh;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private org.chainatlas.event.SessionKind kind = org.chainatlas.event.SessionKind.MATCHMAKING;

    protected EventSession() {
    }

    EventSession(long eventId, String chainCode, String titleZh, String titleEn, LocalDate day, LocalTime startsAt,
            LocalTime endsAt, int slotMinutes, String areaZh, org.chainatlas.event.SessionKind kind) {
        this.kind = kind;
        this.eventId = eventId;
        this.chainCode = chainCode;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.slotMinutes = slotMinutes;
        this.areaZh = areaZh;
    }

    Long id() { return id; }
    long eventId() { return eventId; }
    String chainCode() { return chainCode; }
    String titleZh() { return titleZh; }
    String titleEn() { return titleEn; }
    LocalDate day() { return day; }
    LocalTime startsAt() { return startsAt; }
    LocalTime endsAt() { return endsAt; }
    int slotMinutes() { return slotMinutes; }
    String areaZh() { return areaZh; }
    org.chainatlas.event.SessionKind kind() { return kind; }
}
