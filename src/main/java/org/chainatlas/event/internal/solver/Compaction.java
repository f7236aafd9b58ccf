package org.chainatlas.event.internal.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

/**
 * The last phase of a solve: moves single meetings to another slot where that strictly lowers the soft score
 * (idle gaps plus table changes of its two participants, the same measures and weights as
 * {@link MeetingConstraints}), never touching hard or medium: only seated, unpinned meetings move, only to a free
 * seat big enough that the booths allow, at a slot both participants are free and available — or, when no free seat helps, by exchanging
 * seats with a meeting at another slot under the same rules for both. Local search finds seats for meetings
 * well, but on thousands of meetings its random moves rarely hit the one free seat next to a participant's other
 * meetings; this descent tries exactly those, until no move helps or time is up.
 */
final class Compaction implements PhaseCommand<SessionSchedule> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Compaction.class);

    private static final String SEAT = "seat";

    /** Busy slot positions and tables (with how many meetings at each) of one participant. */
    static final class Day {
        final BitSet slots = new BitSet();
        final Map<Integer, Integer> perSlot = new HashMap<>();
        final Map<Long, Integer> tables = new HashMap<>();

        long gaps() {
            return slots.isEmpty() ? 0 : slots.length() - slots.nextSetBit(0) - slots.cardinality();
        }

        long tableChanges() {
            return Math.max(0, tables.size() - 1);
        }

        void add(Seat seat) {
            perSlot.merge(seat.slot().position(), 1, Integer::sum);
            slots.set(seat.slot().position());
            tables.merge(seat.tableId(), 1, Integer::sum);
        }

        void remove(Seat seat) {
            if (perSlot.merge(seat.slot().position(), -1, (x, y) -> x + y == 0 ? null : x + y) == null) {
                slots.clear(seat.slot().position());
            }
            tables.merge(seat.tableId(), -1, (x, y) -> x + y == 0 ? null : x + y);
        }

        /**
         * Soft penalty of this participant if the meeting at {@code from} sat at {@code to} instead — what removing
         * {@code from} and adding {@code to} would leave, worked out from the first and last busy slot, the count and
         * the tables without changing anything (this is asked for every candidate of every exchange: changing and
         * restoring the maps was most of compaction's time).
         */
        long penaltyIf(Seat from, Seat to) {
            int f = from.slot().position();
            int t = to.slot().position();
            int count = slots.cardinality();
            int first = slots.nextSetBit(0);
            int last = slots.length() - 1;
            boolean leaves = perSlot.getOrDefault(f, 0) == 1;
            if (leaves) {
                count--;
                if (count == 0) {
                    first = -1;
                    last = -1;
                } else {
                    if (f == first) {
                        first = slots.nextSetBit(f + 1);
                    }
                    if (f == last) {
                        last = slots.previousSetBit(f - 1);
                    }
                }
            }
            boolean busyAtTo = slots.get(t) && !(leaves && t == f);
            if (!busyAtTo) {
                count++;
                first = first < 0 ? t : Math.min(first, t);
                last = Math.max(last, t);
            }
            long gaps = count == 0 ? 0 : (last - first + 1) - count;
            int distinct = tables.size();
            if (from.tableId() != to.tableId()) {
                if (tables.getOrDefault(from.tableId(), 0) == 1) {
                    distinct--;
                }
                if (!tables.containsKey(to.tableId())) {
                    distinct++;
                }
            }
            return gaps + Math.max(0, distinct - 1);
        }
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<SessionSchedule> director, BooleanSupplier terminated) {
        SessionSchedule schedule = director.getWorkingSolution();
        List<Slot> slots = schedule.getSlots().stream().sorted(Comparator.comparingInt(Slot::position)).toList();
        Set<Long> taken = new HashSet<>();
        Map<Long, Day> days = new HashMap<>();
        for (MeetingAssignment m : schedule.getAssignments()) {
            if (m.getSeat() != null) {
                taken.add(m.getSeat().id());
                for (Attendee a : m.attendees()) {
                    days.computeIfAbsent(a.id(), k -> new Day()).add(m.getSeat());
                }
            }
        }
        // The free seats of each slot, smallest first: a nearly full schedule has few, so trying them is cheap.
        Map<Integer, TreeSet<Seat>> freeAt = new HashMap<>();
        for (Seat seat : schedule.getSeats()) {
            TreeSet<Seat> free = freeAt.computeIfAbsent(seat.slot().position(), k -> new TreeSet<>(SMALLEST_FIRST));
            if (!taken.contains(seat.id())) {
                free.add(seat);
            }
        }
        List<MeetingAssignment> movable = schedule.getAssignments().stream()
                .filter(m -> !m.isPinned() && m.getSeat() != null)
                .sorted(Comparator.comparingLong(MeetingAssignment::getId)).toList();
        Map<Integer, Set<MeetingAssignment>> atSlot = new HashMap<>();
        for (MeetingAssignment m : movable) {
            atSlot.computeIfAbsent(m.getSeat().slot().position(), k -> new java.util.LinkedHashSet<>()).add(m);
        }
        boolean improved = true;
        long started = System.nanoTime();
        int pass = 0;
        int changes = 0;
        for (; improved && pass < 20 && !terminated.getAsBoolean(); pass++) {
            improved = false;
            for (MeetingAssignment m : movable) {
                if (terminated.getAsBoolean()) {
                    log.info("Compaction of {} meetings stopped by its time limit after {} ms, in pass {} ({} moves and exchanges)",
                            movable.size(), (System.nanoTime() - started) / 1_000_000, pass + 1, changes);
                    return;
                }
                Seat from = m.getSeat();
                Day dayA = days.get(m.getA().id());
                Day dayB = days.get(m.getB().id());
                long now = dayA.gaps() + dayA.tableChanges() + dayB.gaps() + dayB.tableChanges();
                Seat best = null;
                long bestPenalty = now;
                for (Slot slot : slots) {
                    int p = slot.position();
                    if (p == from.slot().position() || !free(m, slot, dayA, dayB)) {
                        continue;
                    }
                    for (Seat to : freeSeats(freeAt.getOrDefault(p, NONE), m, dayA, dayB)) {
                        long penalty = dayA.penaltyIf(from, to) + dayB.penaltyIf(from, to);
                        if (penalty < bestPenalty) {
                            bestPenalty = penalty;
                            best = to;
                        }
                    }
                }
                if (best != null) {
                    director.beforeVariableChanged(m, SEAT);
                    m.setSeat(best);
                    director.afterVariableChanged(m, SEAT);
                    director.triggerVariableListeners();
                    freeAt.get(from.slot().position()).add(from);
                    freeAt.get(best.slot().position()).remove(best);
                    for (Day day : List.of(dayA, dayB)) {
                        day.remove(from);
                        day.add(best);
                    }
                    atSlot.get(from.slot().position()).remove(m);
                    atSlot.computeIfAbsent(best.slot().position(), k -> new java.util.LinkedHashSet<>()).add(m);
                    improved = true;
                    changes++;
                } else if (swapIfBetter(m, slots, atSlot, days, director)) {
                    improved = true;
                    changes++;
                }
            }
        }
        log.info("Compaction of {} meetings {} after {} ms and {} passes ({} moves and exchanges)", movable.size(),
                improved ? "stopped" : "converged", (System.nanoTime() - started) / 1_000_000, pass, changes);
    }

    /** Whether both participants of a meeting (with their days) are free and available at a slot. */
    private static boolean free(MeetingAssignment m, Slot slot, Day a, Day b) {
        return !a.slots.get(slot.position()) && !b.slots.get(slot.position())
                && !m.getA().unavailableAt(slot) && !m.getB().unavailableAt(slot);
    }

    /**
     * When no free seat helps (tables full), exchanges the seats of this meeting and one meeting at another slot if
     * that lowers the soft score of the (up to four) participants involved; both must be free and available at the
     * other's slot and fit the other's table. Answers whether it swapped.
     */
    private static boolean swapIfBetter(MeetingAssignment m, List<Slot> slots, Map<Integer, Set<MeetingAssignment>> atSlot,
            Map<Long, Day> days, ScoreDirector<SessionSchedule> director) {
        Seat from = m.getSeat();
        Slot here = from.slot();
        Day dayA = days.get(m.getA().id());
        Day dayB = days.get(m.getB().id());
        long mNow = dayA.gaps() + dayA.tableChanges() + dayB.gaps() + dayB.tableChanges();
        MeetingAssignment bestOther = null;
        long bestGain = 0;
        for (Slot slot : slots) {
            int q = slot.position();
            if (q == here.position() || !free(m, slot, dayA, dayB)) {
                continue;
            }
            for (MeetingAssignment n : atSlot.getOrDefault(q, Set.of())) {
                Seat to = n.getSeat();
                if (to.capacity() < m.getSeatsNeeded() || from.capacity() < n.getSeatsNeeded() || !m.boothAllows(to)
                        || !n.boothAllows(from)) {
                    continue;
                }
                Day dayC = days.get(n.getA().id());
                Day dayD = days.get(n.getB().id());
                if (!free(n, here, dayC, dayD)) {
                    continue;
                }
                long nNow = dayC.gaps() + dayC.tableChanges() + dayD.gaps() + dayD.tableChanges();
                long mAfter = dayA.penaltyIf(from, to) + dayB.penaltyIf(from, to);
                if (mNow - mAfter + nNow <= bestGain) {
                    continue; // even if the other pair ended with no penalty at all, this exchange would gain no more
                }
                long now = mNow + nNow;
                long after = mAfter + dayC.penaltyIf(to, from) + dayD.penaltyIf(to, from);
                if (now - after > bestGain) {
                    bestGain = now - after;
                    bestOther = n;
                }
            }
        }
        if (bestOther == null) {
            return false;
        }
        MeetingAssignment n = bestOther;
        Seat to = n.getSeat();
        director.beforeVariableChanged(m, SEAT);
        director.beforeVariableChanged(n, SEAT);
        m.setSeat(to);
        n.setSeat(from);
        director.afterVariableChanged(m, SEAT);
        director.afterVariableChanged(n, SEAT);
        director.triggerVariableListeners();
        for (Day day : List.of(dayA, dayB)) {
            day.remove(from);
            day.add(to);
        }
        for (Day day : List.of(days.get(n.getA().id()), days.get(n.getB().id()))) {
            day.remove(to);
            day.add(from);
        }
        atSlot.get(here.position()).remove(m);
        atSlot.get(to.slot().position()).remove(n);
        atSlot.get(to.slot().position()).add(m);
        atSlot.get(here.position()).add(n);
        return true;
    }

    /** Seats by size, then table number (the order the smallest fitting seat is looked for in). */
    private static final Comparator<Seat> SMALLEST_FIRST = Comparator.comparingInt(Seat::capacity)
            .thenComparingInt(Seat::tableNumber).thenComparingLong(Seat::id);
    private static final TreeSet<Seat> NONE = new TreeSet<>(SMALLEST_FIRST);

    /**
     * The free seats worth trying at one slot: those at a table either participant already uses, and the smallest
     * other free seat that is big enough (any other table is no better than that one for the soft score).
     */
    private static List<Seat> freeSeats(TreeSet<Seat> free, MeetingAssignment m, Day a, Day b) {
        List<Seat> found = new ArrayList<>(3);
        Seat other = null;
        for (Seat seat : free) {
            if (seat.capacity() < m.getSeatsNeeded() || !m.boothAllows(seat)) {
                continue;
            }
            if (a.tables.containsKey(seat.tableId()) || b.tables.containsKey(seat.tableId())) {
                found.add(seat);
            } else if (other == null) {
                other = seat;
            }
        }
        if (other != null) {
            found.add(other);
        }
        return found;
    }
}
