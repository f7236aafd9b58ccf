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
 * improves it by local search (Timefold's default change and swap moves, late acceptance) for 70% of the time
 * limit, then {@link Compaction} (single meetings moved to close participants' idle gaps and save table changes),
 * local search again from there, and a last compaction. Reports each new best schedule to the listener.
 */
public final class ScheduleSolver {

    private ScheduleSolver() {
    }

    public static SolverConfig config(Duration limit) {
        long total = limit.toMillis();
        long polish = Math.min(3000, total / 10);
        Duration unimproved = Duration.ofMillis(Math.max(2000, total / 3));
        return new SolverConfig()
                .withSolutionClass(SessionSchedule.class)
                .withEntityClasses(MeetingAssignment.class)
                .withConstraintProviderClass(MeetingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withPhases(search(total * 7 / 10, unimproved), compaction(polish),
                        search(Math.max(1, total * 3 / 10 - 2 * polish), unimproved), compaction(polish))
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
        List<MeetingAssignment> order = problem.getAssignments().stream()
                .sorted(Comparator.comparingLong(MeetingAssignment::getId)).toList();
        GreedyScheduler.assign(problem, order);
        if (problem.getAssignments().stream().allMatch(MeetingAssignment::isPinned)) {
            return problem;
        }
        Solver<SessionSchedule> solver = SolverFactory.<SessionSchedule>create(config(limit)).buildSolver();
        if (bestListener != null) {
            solver.addEventListener(event -> bestListener.accept(event.getNewBestSolution()));
        }
        return solver.solve(problem);
    }
}
