package org.chainatlas.event.internal.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The planning entity: an accepted meeting (a fact: its two attendees, its weight, the seats it needs) and the
 * seat — table and slot — the solver gives it, or none. Published meetings are pinned and never move.
 */
@PlanningEntity
public class MeetingAssignment {

    @PlanningId
    private long id;
    private Attendee a;
    private Attendee b;
    private int weight;
    private int seatsNeeded;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "seats", allowsUnassigned = true)
    private Seat seat;

    public MeetingAssignment() {
    }

    public MeetingAssignment(long id, Attendee a, Attendee b, int weight, int seatsNeeded, boolean pinned, Seat seat) {
        this.id = id;
        this.a = a;
        this.b = b;
        this.weight = weight;
        this.seatsNeeded = seatsNeeded;
        this.pinned = pinned;
        this.seat = seat;
    }

    public long getId() {
        return id;
    }

    public Attendee getA() {
        return a;
    }

    public Attendee getB() {
        return b;
    }

    public List<Attendee> attendees() {
        return List.of(a, b);
    }

    public int getWeight() {
        return weight;
    }

    public int getSeatsNeeded() {
        return seatsNeeded;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Seat getSeat() {
        return seat;
    }

    public void setSeat(Seat seat) {
        this.seat = seat;
    }

    /** Whether the fixed booths allow this meeting at a seat (see {@link org.chainatlas.event.internal.BoothRule}). */
    public boolean boothAllows(Seat seat) {
        return seat == null || org.chainatlas.event.internal.BoothRule.allows(a.id(), a.booth(), b.id(), b.booth(),
                seat.tableId(), seat.boothOf());
    }

    public Slot slot() {
        return seat == null ? null : seat.slot();
    }

    @Override
    public String toString() {
        return "meeting " + id + " (" + a.id() + "–" + b.id() + ") @ " + (seat == null ? "-" : seat.slot().position() + "/" + seat.tableNumber());
    }
}
