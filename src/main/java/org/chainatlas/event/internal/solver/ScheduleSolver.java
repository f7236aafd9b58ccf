package org.chainatlas.event.internal.solver;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Solves one session: starts from the first-come-first-fit schedule (so a usable answer exists at once), then
 * improves it by local search (Timefold's default change and swap moves, late acceptance) for half of the time
 * limit, then {@link Compaction} (single meetings moved to close participants' idle gaps and save table changes),
 * local search again from there, and a last compaction ({@link Split#LONG_POLISH}). Reports each new best schedule to
 * the listener.
 */
public final class ScheduleSolver {

    private ScheduleSolver() {
    }

    /** How a solve divides its time limit among its phases. */
    public enum Split {
        /**
         * Local search 70% of the limit, compaction at most 3 s, local search for the rest, compaction at most 3 s. At
         * 2,000 participants both compactions stopped at their 3 s rather than converging.
         */
        FIXED_POLISH,
        /**
         * Learned from the runs: the first local search seats 99% of the bound within seconds (5.4 s and 0.6 s at 2,000
         * participants) and then mostly waits for its unimproved limit, while compaction was cut off. So: local search
         * half of the limit (stopping after a sixth unimproved), each compaction up to 15%, local search between them.
         */
        LONG_POLISH
    }

    public static SolverConfig config(Duration limit) {
        return config(limit, Split.LONG_POLISH);
    }

    public static SolverConfig config(Duration limit, Split split) {
        long total = limit.toMillis();
        if (split == Split.LONG_POLISH) {
            long polish = total * 15 / 100;
            long first = total / 2;
            return config(limit, first, Duration.ofMillis(Math.max(2000, total / 6)), polish, Math.max(1, total - first - 2 * polish));
        }
        long polish = Math.min(3000, total / 10);
        return config(limit, total * 7 / 10, Duration.ofMillis(Math.max(2000, total / 3)), polish,
                Math.max(1, total * 3 / 10 - 2 * polish));
    }

    private static SolverConfig config(Duration limit, long first, Duration unimproved, long polish, long second) {
        return new SolverConfig()
                .withSolutionClass(SessionSchedule.class)
                .withEntityClasses(MeetingAssignment.class)
                .withConstraintProviderClass(MeetingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withPhases(search(first, unimproved), compaction(polish), search(second, unimproved), compaction(polish))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    private static LocalSearchPhaseConfig search(long millis, Duration unimproved) {
        return new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
                .withSpentLimit(Duration.ofMillis(millis)).withUnimprovedSpentLimit(unimproved));
    }

    /** Compaction, stopped after {@code millis} if it has not finished (the last one also by the solver's limit). */
    private static CustomPhaseConfig compaction(long millis) {
        return new CustomPhaseConfig().withCustomPhaseCommands(new Compaction())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(Math.max(1, millis))));
    }

    public static SessionSchedule solve(SessionSchedule problem, Duration limit, Consumer<SessionSchedule> bestListener) {
        return solve(problem, limit, bestListener, Split.LONG_POLISH);
    }

    /** With a given split of the time (the benchmark compares them in one run). */
    public static SessionSchedule solve(SessionSchedule problem, Duration limit, Consumer<SessionSchedule> bestListener, Split split) {
        List<MeetingAssignment> order = problem.getAssignments().stream()
                .sorted(Comparator.comparingLong(MeetingAssignment::getId)).toList();
        GreedyScheduler.assign(problem, order);
        if (problem.getAssignments().stream().allMatch(MeetingAssignment::isPinned)) {
            return problem;
        }
        Solver<SessionSchedule> solver = SolverFactory.<SessionSchedule>create(config(limit, split)).buildSolver();
        if (bestListener != null) {
            solver.addEventListener(event -> bestListener.accept(event.getNewBestSolution()));
        }
        return solver.solve(problem);
    }
}
