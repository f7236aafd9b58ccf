package org.chainatlas.event.internal.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic session instances for the scheduling benchmark and tests, shaped like the negotiation areas of the
 * 对接活动 in the seeds: a few popular participants (chain leaders, big parks) are asked by many, most by a few;
 * requests go mostly from enterprises to hosts; popular participants accept a smaller share; one in five
 * participants arrives late or leaves early; delegations of 1–3 people; tables of 4 (most), 6 and 2 seats.
 * Meetings come in the order they were accepted, which is the order first-come booking sees them.
 */
public final class SessionInstances {

    /** How big: participants, accepted meetings wanted, slots, tables. */
    public record Size(int participants, int meetings, int slots, int tables) {
    }

    private SessionInstances() {
    }

    public static SessionSchedule generate(Size size, long seed) {
        Random random = new Random(seed);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < size.slots(); i++) {
            slots.add(new Slot(i + 1, i));
        }
        int n = size.participants();
        List<Attendee> attendees = new ArrayList<>();
        int[] delegates = new int[n];
        double[] popularity = new double[n];
        boolean[] host = new boolean[n];
        for (int i = 0; i < n; i++) {
            Set<Long> unavailable = new HashSet<>();
            int roll = random.nextInt(100);
            if (roll < 12) {
                int late = 1 + random.nextInt(4);
                for (int s = 0; s < late; s++) {
                    unavailable.add((long) (s + 1));
                }
            } else if (roll < 20) {
                int early = 1 + random.nextInt(4);
                for (int s = size.slots() - early; s < size.slots(); s++) {
                    unavailable.add((long) (s + 1));
                }
            } else if (roll < 25) {
                unavailable.add((long) (1 + random.nextInt(size.slots())));
            }
            attendees.add(new Attendee(i + 1, unavailable));
            int d = random.nextInt(10);
            delegates[i] = d < 6 ? 1 : d < 9 ? 2 : 3;
            popularity[i] = 1.0 / Math.pow(1 + random.nextInt(n), 0.7);
            host[i] = random.nextInt(4) == 0;
        }
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += popularity[i];
            cumulative[i] = sum;
        }
        List<Seat> seats = new ArrayList<>();
        for (Slot slot : slots) {
            for (int t = 1; t <= size.tables(); t++) {
                int kind = t % 10;
                int capacity = kind < 7 ? 4 : kind < 9 ? 6 : 2;
                seats.add(new Seat(Seat.idOf(slot, t), slot, t, t, capacity));
            }
        }
        List<MeetingAssignment> meetings = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        int[] degree = new int[n];
        int cap = 3 * size.slots();
        long attempts = 0;
        while (meetings.size() < size.meetings() && attempts++ < 50L * size.meetings()) {
            int from = random.nextInt(n);
            int to = pick(cumulative, random.nextDouble() * sum);
            if (from == to || host[from] == host[to] && random.nextInt(3) > 0) {
                continue;
            }
            double accept = popularity[to] > 0.2 ? 0.45 : 0.75;
            if (random.nextDouble() > accept || degree[from] >= cap || degree[to] >= cap) {
                continue;
            }
            long key = (long) Math.min(from, to) * n + Math.max(from, to);
            if (!pairs.add(key)) {
                continue;
            }
            degree[from]++;
            degree[to]++;
            int weight = 1 + (random.nextInt(10) == 0 ? 1 : 0) + (popularity[to] > 0.2 && random.nextInt(4) == 0 ? 1 : 0);
            int needed = delegates[from] + delegates[to];
            meetings.add(new MeetingAssignment(meetings.size() + 1, attendees.get(from), attendees.get(to), weight, needed,
                    false, null));
        }
        return new SessionSchedule(slots, attendees, seats, meetings);
    }

    private static int pick(double[] cumulative, double x) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
