package org.chainatlas.event.internal.solver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First come, first fit: takes meetings in the order given (when they were accepted) and puts each in the
 * earliest slot where both participants are free and available and a large enough table is free — how
 * participants booking their own slots end up. Used as the benchmark baseline and as the solver's starting
 * point. Pinned meetings keep their seats.
 */
public final class GreedyScheduler {

    private GreedyScheduler() {
    }

    public static void assign(SessionSchedule schedule, List<MeetingAssignment> order) {
        Map<Long, Set<Long>> busy = new HashMap<>();
        Set<Long> takenSeats = new HashSet<>();
        Map<Long, List<Seat>> seatsBySlot = new HashMap<>();
        for (Seat seat : schedule.getSeats()) {
            seatsBySlot.computeIfAbsent(seat.slot().id(), k -> new java.util.ArrayList<>()).add(seat);
        }
        seatsBySlot.values().forEach(list -> list.sort(Comparator.comparingInt(Seat::capacity).thenComparingInt(Seat::tableNumber)));
        List<Slot> slots = schedule.getSlots().stream().sorted(Comparator.comparingInt(Slot::position)).toList();
        for (MeetingAssignment m : schedule.getAssignments()) {
            if (m.isPinned() && m.getSeat() != null) {
                takenSeats.add(m.getSeat().id());
                busy.computeIfAbsent(m.getA().id(), k -> new HashSet<>()).add(m.getSeat().slot().id());
                busy.computeIfAbsent(m.getB().id(), k -> new HashSet<>()).add(m.getSeat().slot().id());
            }
        }
        for (MeetingAssignment m : order) {
            if (m.isPinned()) {
                continue;
            }
            m.setSeat(null);
            for (Slot slot : slots) {
                if (m.getA().unavailableAt(slot) || m.getB().unavailableAt(slot)
                        || busy.getOrDefault(m.getA().id(), Set.of()).contains(slot.id())
                        || busy.getOrDefault(m.getB().id(), Set.of()).contains(slot.id())) {
                    continue;
                }
                Seat free = null;
                for (Seat seat : seatsBySlot.getOrDefault(slot.id(), List.of())) {
                    if (seat.capacity() >= m.getSeatsNeeded() && !takenSeats.contains(seat.id()) && m.boothAllows(seat)) {
                        free = seat;
                        break;
                    }
                }
                if (free != null) {
                    m.setSeat(free);
                    takenSeats.add(free.id());
                    busy.computeIfAbsent(m.getA().id(), k -> new HashSet<>()).add(slot.id());
                    busy.computeIfAbsent(m.getB().id(), k -> new HashSet<>()).add(slot.id());
                    break;
                }
            }
        }
    }
}
