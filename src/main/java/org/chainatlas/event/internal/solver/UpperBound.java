package org.chainatlas.event.internal.solver;

import java.util.HashMap;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.DinicMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import java.util.Map;

/**
 * A proven upper bound on how many meetings of a session can be scheduled, the least of: the meetings there are;
 * per slot, the tables large enough for the smallest meeting and half the participants who can attend that
 * slot (a meeting takes one table and two participants), summed over slots; and half the sum over participants
 * of min(their meetings, slots they can attend) — each meeting takes one slot of each of its two participants;
 * and the maximum fractional b-matching (each participant in at most as many meetings as slots it can attend),
 * computed as half the maximum flow through the bipartite double cover of the meeting graph (JGraphT Dinic). The
 * last one sees what the per-participant count cannot: a participant whose partners are all saturated.
 */
public final class UpperBound {

    public record Bound(long meetings, long tableSlots, long participantSlots, long matching, long value) {
    }

    private UpperBound() {
    }

    public static Bound of(SessionSchedule schedule) {
        // A meeting pinned where one of its participants can no longer be (a published meeting in a slot that has
        // begun) is held: it counts as it is and takes nothing from the slots ahead, which bound the rest.
        java.util.List<MeetingAssignment> held = schedule.getAssignments().stream().filter(m -> m.isPinned() && m.getSeat() != null
                && (m.getA().unavailableAt(m.slot()) || m.getB().unavailableAt(m.slot()))).toList();
        if (!held.isEmpty()) {
            java.util.List<MeetingAssignment> rest = new java.util.ArrayList<>(schedule.getAssignments());
            rest.removeAll(held);
            Bound ahead = of(new SessionSchedule(schedule.getSlots(), schedule.getAttendees(), schedule.getSeats(), rest));
            return new Bound(ahead.meetings() + held.size(), ahead.tableSlots() + held.size(), ahead.participantSlots() + held.size(),
                    ahead.matching() + held.size(), ahead.value() + held.size());
        }
        long meetings = schedule.getAssignments().size();
        int smallest = schedule.getAssignments().stream().mapToInt(MeetingAssignment::getSeatsNeeded).min().orElse(2);
        Map<Long, Integer> degree = new HashMap<>();
        Map<Long, Attendee> attendees = new HashMap<>();
        for (MeetingAssignment m : schedule.getAssignments()) {
            degree.merge(m.getA().id(), 1, Integer::sum);
            degree.merge(m.getB().id(), 1, Integer::sum);
            attendees.put(m.getA().id(), m.getA());
            attendees.put(m.getB().id(), m.getB());
        }
        Map<Long, Long> tablesPerSlot = new HashMap<>();
        for (Seat seat : schedule.getSeats()) {
            if (seat.capacity() >= smallest) {
                tablesPerSlot.merge(seat.slot().id(), 1L, Long::sum);
            }
        }
        long tableSlots = 0;
        for (Slot slot : schedule.getSlots()) {
            long present = attendees.values().stream().filter(a -> !a.unavailableAt(slot)).count();
            tableSlots += Math.min(tablesPerSlot.getOrDefault(slot.id(), 0L), present / 2);
        }
        long perParticipant = 0;
        for (Map.Entry<Long, Integer> e : degree.entrySet()) {
            Attendee a = attendees.get(e.getKey());
            long available = schedule.getSlots().stream().filter(s -> !a.unavailableAt(s)).count();
            perParticipant += Math.min(e.getValue(), available);
        }
        long participantSlots = perParticipant / 2;
        long matching = fractionalMatching(schedule, attendees);
        return new Bound(meetings, tableSlots, participantSlots, matching,
                Math.min(Math.min(meetings, matching), Math.min(tableSlots, participantSlots)));
    }

    private static long fractionalMatching(SessionSchedule schedule, Map<Long, Attendee> attendees) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        int source = 0;
        int sink = 1;
        graph.addVertex(source);
        graph.addVertex(sink);
        Map<Long, Integer> index = new HashMap<>();
        for (Attendee a : attendees.values()) {
            int i = 2 + 2 * index.size();
            index.put(a.id(), i);
            graph.addVertex(i);
            graph.addVertex(i + 1);
            long available = schedule.getSlots().stream().filter(s -> !a.unavailableAt(s)).count();
            graph.setEdgeWeight(graph.addEdge(source, i), available);
            graph.setEdgeWeight(graph.addEdge(i + 1, sink), available);
        }
        for (MeetingAssignment m : schedule.getAssignments()) {
            int a = index.get(m.getA().id());
            int b = index.get(m.getB().id());
            DefaultWeightedEdge ab = graph.addEdge(a, b + 1);
            DefaultWeightedEdge ba = graph.addEdge(b, a + 1);
            if (ab != null) {
                graph.setEdgeWeight(ab, 1);
            }
            if (ba != null) {
                graph.setEdgeWeight(ba, 1);
            }
        }
        if (index.isEmpty()) {
            return 0;
        }
        double flow = new DinicMFImpl<>(graph).getMaximumFlowValue(source, sink);
        return (long) Math.floor(flow / 2 + 1e-9);
    }
}
