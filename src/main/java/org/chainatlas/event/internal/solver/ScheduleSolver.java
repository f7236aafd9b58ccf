package org.chainatlas.event.internal.solver;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Solves one session: starts from the first-come-first-fit schedule (so a usable answer exists at once), then
 * improves it by local search (Timefold's default change and swap moves, late acceptance) until the time limit
 * or a stretch without improvement. Reports each new best schedule to the listener.
 */
public final class ScheduleSolver {

    private ScheduleSolver() {
    }

    public static SolverConfig config(Duration limit) {
        Duration unimproved = Duration.ofMillis(Math.max(2000, limit.toMillis() / 3));
        return new SolverConfig()
                .withSolutionClass(SessionSchedule.class)
                .withEntityClasses(MeetingAssignment.class)
                .withConstraintProviderClass(MeetingConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withPhases(new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved));
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
