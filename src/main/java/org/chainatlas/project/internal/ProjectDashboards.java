package org.chainatlas.project.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.account.Actor;
import org.chainatlas.chain.Chains;
import org.chainatlas.event.EventCatalog;
import org.chainatlas.project.PipelineFigures;
import org.chainatlas.project.ProjectFilter;
import org.chainatlas.project.ProjectStage;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline dashboard for organisers and localities, over the projects the user may see and the filter
 * chosen (event, chain, region, signing period): counted projects only, flagged duplicates shown apart.
 * 开工率 = started ÷ signed, 投产率 = producing ÷ signed, where "started" counts every project at construction
 * started or beyond and "producing" those producing or at full capacity.
 */
@Service
public class ProjectDashboards {

    private final ProjectPipeline pipeline;
    private final ProjectRights rights;
    private final ServiceDesk desk;
    private final Regions regions;
    private final Chains chains;
    private final EventCatalog events;
    private final JdbcTemplate jdbc;

    ProjectDashboards(ProjectPipeline pipeline, ProjectRights rights, ServiceDesk desk, Regions regions, Chains chains,
            EventCatalog events, JdbcTemplate jdbc) {
        this.pipeline = pipeline;
        this.rights = rights;
        this.desk = desk;
        this.regions = regions;
        this.chains = chains;
        this.events = events;
        this.jdbc = jdbc;
    }

    private record Row(long id, ProjectStage stage, String region, String chain, Long event, long contracted, long funds,
            long output, long tax, long jobs) {
    }

    private static final class Totals {
        long signed;
        long started;
        long producing;
        long contracted;
        long funds;

        void add(Row r) {
            if (r.stage().signed()) {
                signed++;
                contracted += r.contracted();
                funds += r.funds();
            }
            if (r.stage().started()) {
                started++;
            }
            if (r.stage().producing()) {
                producing++;
            }
        }
    }

    @Transactional(readOnly = true)
    public PipelineFigures figures(ProjectFilter filter) {
        Actor actor = rights.require("see", "the project dashboard");
        ProjectFilter scope = new ProjectFilter(null, null, filter.region(), filter.chainCode(), filter.eventId(), filter.from(),
                filter.to(), null, null, null);
        List<Object> args = new ArrayList<>();
        String where = pipeline.where(actor, scope, args);
        List<Row> rows = jdbc.query("""
                select p.id, p.stage, p.host_region_code, p.chain_code, p.event_id, p.contracted_amount_cny, p.funds_in_place_cny,
                coalesce(p.annual_output_cny, 0), coalesce(p.annual_tax_cny, 0), coalesce(p.jobs, 0)
                from project p where p.counted = true and\s""" + where, (rs, i) -> new Row(rs.getLong(1),
                ProjectStage.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), (Long) rs.getObject(5, Long.class),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)), args.toArray());
        long flagged = jdbc.queryForObject("select count(*) from project p where p.duplicate_status = 'FLAGGED' and " + where,
                Long.class, args.toArray());
        Totals all = new Totals();
        long landSecured = 0;
        long fullCapacity = 0;
        long cancelled = 0;
        long output = 0;
        long tax = 0;
        long jobs = 0;
        Map<String, Totals> byCity = new LinkedHashMap<>();
        Map<String, Totals> byChain = new LinkedHashMap<>();
        Map<Long, Totals> byEvent = new LinkedHashMap<>();
        for (Row r : rows) {
            all.add(r);
            if (r.stage() == ProjectStage.CANCELLED) {
                cancelled++;
                continue;
            }
            if (r.stage().ordinal() >= ProjectStage.LAND_SECURED.ordinal()) {
                landSecured++;
            }
            if (r.stage() == ProjectStage.FULL_CAPACITY) {
                fullCapacity++;
            }
            output += r.output();
            tax += r.tax();
            jobs += r.jobs();
            byCity.computeIfAbsent(r.region(), k -> new Totals()).add(r);
            if (r.chain() != null) {
                byChain.computeIfAbsent(r.chain(), k -> new Totals()).add(r);
            }
            if (r.event() != null) {
                byEvent.computeIfAbsent(r.event(), k -> new Totals()).add(r);
            }
        }
        List<PipelineFigures.RegionFigure> cities = new ArrayList<>();
        byCity.forEach((code, t) -> {
            RegionView region = regions.find(code).orElse(null);
            if (region == null) {
                return;
            }
            RegionView province = regions.find(region.provinceCode()).orElse(region);
            cities.add(new PipelineFigures.RegionFigure(code, region.name(), region.mapName(), province.code(), province.name(),
                    province.mapName(), t.signed, t.started, t.producing, t.contracted, t.funds));
        });
        cities.sort(java.util.Comparator.comparingLong(PipelineFigures.RegionFigure::contractedCny).reversed());
        List<PipelineFigures.GroupFigure> chainFigures = new ArrayList<>();
        byChain.forEach((code, t) -> chainFigures.add(new PipelineFigures.GroupFigure(code,
                chains.find(code).map(c -> c.name()).orElse(code), t.signed, t.started, t.producing, t.contracted, t.funds)));
        chainFigures.sort(java.util.Comparator.comparingLong(PipelineFigures.GroupFigure::contractedCny).reversed());
        Map<Long, String> eventNames = new HashMap<>();
        List<PipelineFigures.GroupFigure> eventFigures = new ArrayList<>();
        byEvent.forEach((id, t) -> eventFigures.add(new PipelineFigures.GroupFigure(String.valueOf(id),
                eventNames.computeIfAbsent(id, k -> events.event(k).map(e -> e.nameZh()).orElse("#" + k)), t.signed, t.started,
                t.producing, t.contracted, t.funds)));
        var overdue = pipeline.all(new ProjectFilter(null, null, filter.region(), filter.chainCode(), filter.eventId(), filter.from(),
                filter.to(), true, null, null), 200);
        List<Long> scoped = jdbc.queryForList("select p.id from project p where " + where, Long.class, args.toArray());
        return new PipelineFigures(all.signed, landSecured, all.started, all.producing, fullCapacity, cancelled, flagged,
                share(all.started, all.signed), share(all.producing, all.signed), all.contracted, all.funds, output, tax, jobs,
                cities, chainFigures, eventFigures, overdue, desk.ofProjects(scoped, true));
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
