package org.chainatlas.event.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chainatlas.bench.Report;
import org.chainatlas.event.internal.solver.GreedyScheduler;
import org.chainatlas.event.internal.solver.ScheduleSolver;
import org.chainatlas.event.internal.solver.SessionInstances;
import org.chainatlas.event.internal.solver.SessionSchedule;
import org.chainatlas.event.internal.solver.UpperBound;

/**
 * Meeting schedules for generated sessions of 200, 1,000 and 2,000 participants: the optimiser (Timefold, from
 * the greedy start) against the first-come first-fit baseline, both against a proven upper bound, in one run.
 * Each instance is solved once per time split (--split LONG_POLISH,FIXED_POLISH: the current one and the one before,
 * side by side in the same run).
 * Options: --seconds N (solver limit per instance, default 60), --sizes 200,1000,2000, --load 2.5,5 (accepted
 * meetings per participant: 2.5 leaves tables to spare, 5 is over-demand where tables bind), --seed N.
 */
public final class SchedulingBench {

    private SchedulingBench() {
    }

    public static void run(Map<String, String> options) {
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        long seed = Long.parseLong(options.getOrDefault("seed", "7"));
        List<SessionInstances.Size> sizes = new ArrayList<>();
        for (String s : options.getOrDefault("sizes", "200,1000,2000").split(",")) {
            for (String l : options.getOrDefault("load", "2.5,5").split(",")) {
                int participants = Integer.parseInt(s.trim());
                int meetings = (int) Math.round(participants * Double.parseDouble(l.trim()));
                sizes.add(new SessionInstances.Size(participants, Math.min(10_000, meetings), 16, participants * 3 / 20));
            }
        }
        Report report = new Report().title("Scheduling: optimiser vs first-come first-fit, " + seconds + " s limit per instance");
        List<ScheduleSolver.Split> splits = new ArrayList<>();
        for (String sp : options.getOrDefault("split", "LONG_POLISH,FIXED_POLISH").split(",")) {
            splits.add(ScheduleSolver.Split.valueOf(sp.trim().toUpperCase()));
        }
        report.line("| split | participants | accepted meetings | slots × tables | upper bound | greedy: scheduled (ratio) | greedy idle gaps "
                + "| greedy table changes | greedy ms | optimiser: scheduled (ratio) | optimiser idle gaps | optimiser table changes | optimiser weight vs greedy | reached 99% after s "
                + "| solve s | hard |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> notes = new ArrayList<>();
        for (SessionInstances.Size size : sizes) {
          for (ScheduleSolver.Split split : splits) {
            SessionSchedule greedy = SessionInstances.generate(size, seed);
            UpperBound.Bound bound = UpperBound.of(greedy);
            long t = System.nanoTime();
            GreedyScheduler.assign(greedy, greedy.getAssignments());
            double greedyMs = (System.nanoTime() - t) / 1e6;

            SessionSchedule problem = SessionInstances.generate(size, seed);
            long target = (long) Math.ceil(bound.value() * 0.99);
            long start = System.nanoTime();
            long[] reached = {-1};
            SessionSchedule solved = ScheduleSolver.solve(problem, Duration.ofSeconds(seconds), best -> {
                if (reached[0] < 0 && best.getScore().hardScore() == 0 && best.scheduled() >= target) {
                    reached[0] = System.nanoTime();
                }
            }, split);
            double solveSeconds = (System.nanoTime() - start) / 1e9;
            if (reached[0] < 0 && solved.scheduled() >= target) {
                reached[0] = start;
            }
            String line = String.format("| %s | %,d | %,d | %d × %d | %,d | %,d (%.1f%%) | %,d | %,d | %.0f | %,d (%.2f%%) | %,d | %,d | %,d vs %,d | %s | %.1f | %d |",
                    split, size.participants(), greedy.getAssignments().size(), size.slots(), size.tables(), bound.value(),
                    greedy.scheduled(), 100.0 * greedy.scheduled() / bound.value(), greedy.idleGaps(), greedy.tableChanges(), greedyMs,
                    solved.scheduled(), 100.0 * solved.scheduled() / bound.value(), solved.idleGaps(), solved.tableChanges(),
                    solved.weightScheduled(), greedy.weightScheduled(),
                    reached[0] < 0 ? "not reached" : String.format("%.1f", (reached[0] - start) / 1e9), solveSeconds,
                    solved.getScore().hardScore());
            report.line(line);
            if (split != splits.getFirst()) {
                continue;
            }
            notes.add(String.format("%,d participants — bound parts: meetings %,d, per-slot tables and participants %,d, "
                    + "per-participant slots %,d, fractional b-matching %,d", size.participants(), bound.meetings(), bound.tableSlots(),
                    bound.participantSlots(), bound.matching()));
          }
        }
        report.line("");
        notes.forEach(n -> report.line("- " + n));
        report.save();
    }
}
