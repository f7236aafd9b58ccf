package org.chainatlas.event.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered negotiation table (洽谈桌) in a session's area, with its seats, possibly a host's fixed booth. */
@Entity
@Table(name = "meeting_table")
class MeetingTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "area_zh", nullable = false)
    private String areaZh;
    @Column(nullable = false)
    private int number;
    @Column(nullable = false)
    private int capacity;
    @Column(name = "booth_participant_id")
    private Long boothParticipantId;

    protected MeetingTable() {
    }

    MeetingTable(long sessionId, String areaZh, int number, int capacity) {
        this.sessionId = sessionId;
        this.areaZh = areaZh;
        this.number = number;
        this.capacity = capacity;
    }

    Long id() { return id; }
    long sessionId() { return sessionId; }
    String areaZh() { return areaZh; }
    int number() { return number; }
    int capacity() { return capacity; }

    /** The host bureau or park that keeps this table for the whole session (固定展位), or null. */
    Long boothParticipantId() { return boothParticipantId; }

    void reserveFor(Long participantId) {
        this.boothParticipantId = participantId;
    }

    String label() {
        return org.chainatlas.event.Views.tableLabel(areaZh, number);
    }
}
