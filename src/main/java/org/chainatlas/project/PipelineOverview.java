package org.chainatlas.project;

import java.util.List;

/**
 * The pipeline as an overview (产业大脑) reads it, always within the projects the signed-in user may see and under
 * a region (code prefix; null for all): the dashboard figures, the monthly trend of signings, starts of
 * construction and production, and where the enterprises come from.
 */
public interface PipelineOverview {

    PipelineFigures figures(ProjectFilter filter);

    /** Per month over the last {@code months} months, the current one included, oldest first. */
    List<MonthFigure> monthly(String region, int months);

    /** Counted signed projects by origin province → host region, most contracted first. */
    List<Flow> flows(String region, int limit);

    /** {@code month}: yyyy-MM; counts of projects signed, started and producing in it, and the amount signed. */
    record MonthFigure(String month, long signed, long started, long producing, long contractedCny) {
    }

    record Flow(String originCode, String originName, double originLongitude, double originLatitude, String hostCode,
            String hostName, double hostLongitude, double hostLatitude, long projects, long contractedCny) {
    }
}
