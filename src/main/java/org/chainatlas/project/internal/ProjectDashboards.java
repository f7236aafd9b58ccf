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
public class ProjectDashboards implements org.chainatlas.project.PipelineOverview {

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
        /** Signed projects without a contracted amount (0: not known). */
        long undisclosed;

        void add(Row r) {
            if (r.stage().signed()) {
                signed++;
                if (r.contracted() <= 0) {
                    undisclosed++;
                }
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

    @Override
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
                chains.find(code).map(c -> c.name()).orElse(code), t.signed, t.started, t.producing, t.contracted, t.funds, t.undisclosed)));
        chainFigures.sort(java.util.Comparator.comparingLong(PipelineFigures.GroupFigure::contractedCny).reversed());
        Map<Long, String> eventNames = new HashMap<>();
        List<PipelineFigures.GroupFigure> eventFigures = new ArrayList<>();
        byEvent.forEach((id, t) -> eventFigures.add(new PipelineFigures.GroupFigure(String.valueOf(id),
                eventNames.computeIfAbsent(id, k -> events.name(k).orElse("#" + k)), t.signed, t.started,
                t.producing, t.contracted, t.funds, t.undisclosed)));
        var overdue = pipeline.all(new ProjectFilter(null, null, filter.region(), filter.chainCode(), filter.eventId(), filter.from(),
                filter.to(), true, null, null), 200);
        List<Long> scoped = jdbc.queryForList("select p.id from project p where " + where, Long.class, args.toArray());
        return new PipelineFigures(all.signed, landSecured, all.started, all.producing, fullCapacity, cancelled, flagged,
                share(all.started, all.signed), share(all.producing, all.signed), all.contracted, all.funds, output, tax, jobs,
                cities, chainFigures, eventFigures, overdue, desk.ofProjects(scoped, true), all.undisclosed);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MonthFigure> monthly(String region, int months) {
        Actor actor = rights.require("see", "the project overview");
        int span = Math.max(1, Math.min(months, 60));
        java.time.YearMonth now = java.time.YearMonth.from(ProjectPipeline.today());
        java.time.YearMonth first = now.minusMonths(span - 1L);
        List<Object> args = new ArrayList<>();
        String where = pipeline.where(actor, new ProjectFilter(null, null, region, null, null, null, null, null, null, null), args);
        Map<java.time.YearMonth, long[]> byMonth = new java.util.TreeMap<>();
        for (java.time.YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
            byMonth.put(m, new long[4]);
        }
        java.sql.Date from = java.sql.Date.valueOf(first.atDay(1));
        List<Object> all = new ArrayList<>(args);
        all.add(from);
        all.add(from);
        all.add(from);
        jdbc.query("select p.signed_on, p.construction_started_on, p.producing_on, p.contracted_amount_cny, p.stage from project p"
                + " where p.counted = true and " + where + " and (p.signed_on >= ? or p.construction_started_on >= ? or p.producing_on >= ?)",
                rs -> {
                    boolean cancelled = "CANCELLED".equals(rs.getString(5));
                    java.sql.Date signed = rs.getDate(1);
                    if (signed != null && !cancelled) {
                        long[] m = byMonth.get(java.time.YearMonth.from(signed.toLocalDate()));
                        if (m != null) {
                            m[0]++;
                            m[3] += rs.getLong(4);
                        }
                    }
                    java.sql.Date started = rs.getDate(2);
                    if (started != null) {
                        long[] m = byMonth.get(java.time.YearMonth.from(started.toLocalDate()));
                        if (m != null) {
                            m[1]++;
                        }
                    }
                    java.sql.Date producing = rs.getDate(3);
                    if (producing != null) {
                        long[] m = byMonth.get(java.time.YearMonth.from(producing.toLocalDate()));
                        if (m != null) {
                            m[2]++;
                        }
                    }
                }, all.toArray());
        List<MonthFigure> result = new ArrayList<>();
        byMonth.forEach((m, v) -> result.add(new MonthFigure(m.toString(), v[0], v[1], v[2], v[3])));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Flow> flows(String region, int limit) {
        Actor actor = rights.require("see", "the project overview");
        List<Object> args = new ArrayList<>();
        String where = pipeline.where(actor, new ProjectFilter(null, "signed", region, null, null, null, null, null, null, null), args);
        Map<String, long[]> byPair = new LinkedHashMap<>();
        jdbc.query("select p.origin_region_code, p.host_region_code, p.contracted_amount_cny from project p"
                + " where p.counted = true and p.origin_region_code is not null and " + where, rs -> {
                    String origin = rs.getString(1).substring(0, 2) + "0000";
                    long[] v = byPair.computeIfAbsent(origin + ">" + rs.getString(2), k -> new long[2]);
                    v[0]++;
                    v[1] += rs.getLong(3);
                }, args.toArray());
        List<Flow> flows = new ArrayList<>();
        byPair.forEach((pair, v) -> {
            RegionView origin = regions.find(pair.substring(0, 6)).orElse(null);
            RegionView host = regions.find(pair.substring(7)).orElse(null);
            if (origin != null && host != null) {
                flows.add(new Flow(origin.code(), origin.name(), origin.longitude(), origin.latitude(), host.code(), host.name(),
                        host.longitude(), host.latitude(), v[0], v[1]));
            }
        });
        flows.sort(java.util.Comparator.comparingLong(Flow::contractedCny).reversed().thenComparing(Flow::originCode));
        return flows.subList(0, Math.min(flows.size(), Math.max(1, limit)));
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
