package org.chainatlas.event.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the schedule optimiser for an event: queued, running (with its best so far), done or failed. */
@Entity
@Table(name = "schedule_run")
class ScheduleRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(nullable = false)
    private String status;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(nullable = false)
    private int seconds;
    private Integer meetings;
    private Integer scheduled;
    @Column(name = "upper_bound")
    private Integer upperBound;
    @Column(name = "best_score")
    private String bestScore;
    private String message;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ScheduleRun() {
    }

    ScheduleRun(long eventId, String requestedBy, int seconds) {
        this.eventId = eventId;
        this.requestedBy = requestedBy;
        this.seconds = seconds;
        this.status = QUEUED;
        this.createdAt = Instant.now();
    }

    static final String QUEUED = "QUEUED";
    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    /** The solver picked the run up. */
    void begin(Instant now) {
        require(QUEUED, "start");
        status = RUNNING;
        startedAt = now;
    }

    /** The best schedule found so far (while the solver works on a session). */
    void progress(int scheduledSoFar, String score) {
        require(RUNNING, "report progress");
        scheduled = scheduledSoFar;
        bestScore = score;
    }

    /** Totals after a session was solved and stored. */
    void sessionSolved(int meetingsSoFar, int scheduledSoFar, int upperBoundSoFar, String score) {
        require(RUNNING, "record a solved session");
        meetings = meetingsSoFar;
        scheduled = scheduledSoFar;
        upperBound = upperBoundSoFar;
        bestScore = score;
    }

    void finish(Instant now, int meetingsTotal, int scheduledTotal, int upperBoundTotal) {
        require(RUNNING, "finish");
        status = DONE;
        finishedAt = now;
        meetings = meetingsTotal;
        scheduled = scheduledTotal;
        upperBound = upperBoundTotal;
    }

    /** Ends a queued or running run as failed, with the reason. */
    void fail(Instant now, String reason) {
        if (!QUEUED.equals(status) && !RUNNING.equals(status)) {
            throw new org.chainatlas.platform.InvalidTransition("schedule run " + id, status, "fail");
        }
        status = FAILED;
        finishedAt = now;
        message = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    boolean inProgress() {
        return QUEUED.equals(status) || RUNNING.equals(status);
    }

    private void require(String expected, String step) {
        if (!expected.equals(status)) {
            throw new org.chainatlas.platform.InvalidTransition("schedule run " + id, status, step);
        }
    }

    Long id() { return id; }
    long eventId() { return eventId; }
    String status() { return status; }
    String requestedBy() { return requestedBy; }
    int seconds() { return seconds; }
    Integer meetings() { return meetings; }
    Integer scheduled() { return scheduled; }
    Integer upperBound() { return upperBound; }
    String bestScore() { return bestScore; }
    String message() { return message; }
    Instant createdAt() { return createdAt; }
    Instant startedAt() { return startedAt; }
    Instant finishedAt() { return finishedAt; }
}
