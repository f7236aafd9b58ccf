package org.chainatlas.project;

import java.util.List;

/**
 * The dashboard of the pipeline over the projects a user may see and the filter chosen: the funnel signed →
 * started → producing with its rates (开工率, 投产率), amounts contracted and in place, figures by region, chain
 * and event, and what is overdue. Only counted projects (not flagged or confirmed duplicates) are in the figures.
 * {@code undisclosed}: how many of the signed projects have no contracted amount (stored as 0: not known), so the sums
 * say what they leave out.
 */
public record PipelineFigures(long signed, long landSecured, long started, long producing, long fullCapacity, long cancelled,
        long flagged, double startRate, double productionRate, long contractedCny, long fundsInPlaceCny, long outputCny,
        long taxCny, long jobs, List<RegionFigure> byCity, List<GroupFigure> byChain, List<GroupFigure> byEvent,
        List<ProjectView> overdueProjects, List<TicketView> overdueTickets, long undisclosed) {

    public record RegionFigure(String code, String name, String mapName, String provinceCode, String provinceName,
            String provinceMapName, long signed, long started, long producing, long contractedCny, long fundsInPlaceCny) {
    }

    public record GroupFigure(String key, String label, long signed, long started, long producing, long contractedCny,
            long fundsInPlaceCny, long undisclosed) {
    }
}
