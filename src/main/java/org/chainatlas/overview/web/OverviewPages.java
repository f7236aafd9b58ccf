package org.chainatlas.overview.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.lead.LeadFunnel;
import org.chainatlas.lead.LeadStage;
import org.chainatlas.platform.web.JsonForPages;
import org.chainatlas.project.PipelineFigures;
import org.chainatlas.project.PipelineOverview;
import org.chainatlas.project.ProjectFilter;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview page. Without a region it opens on the user's own area (all of China for an administrator);
 * {@code wall=true} draws it for a wall display (no navigation, large figures).
 */
@Controller
class OverviewPages {

    static final int MONTHS = 12;
    static final int FLOWS = 30;

    private final PipelineOverview pipeline;
    private final LeadFunnel leads;
    private final Regions regions;
    private final CurrentActor currentActor;
    private final JsonForPages json;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;

    OverviewPages(PipelineOverview pipeline, LeadFunnel leads, Regions regions, CurrentActor currentActor, JsonForPages json,
            java.time.Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.pipeline = pipeline;
        this.leads = leads;
        this.regions = regions;
        this.currentActor = currentActor;
        this.json = json;
        this.clock = clock;
    }

    /** One row of the league table of host places. */
    record League(int rank, PipelineFigures.RegionFigure place, double startRate) {
    }

    /** Everything the overview shows, for a region (null: all the actor sees). */
    Map<String, Object> charts(Actor actor, String region) {
        String chosen = region != null && !region.isBlank() ? region.strip() : actor.isAdmin() ? null : actor.regionCode();
        RegionView place = chosen == null ? null : regions.require(chosen);
        RegionView province = place == null ? null : regions.require(place.provinceCode());
        PipelineFigures f = pipeline.figures(new ProjectFilter(null, null, chosen, null, null, null, null, null, null, null));
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("level", place == null ? "country" : place.level() == RegionLevel.PROVINCE ? "province" : "city");
        charts.put("region", chosen);
        charts.put("province", province == null ? null : province.code());
        charts.put("asOf", LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString());
        charts.put("figures", f);
        charts.put("months", pipeline.monthly(chosen, MONTHS));
        charts.put("flows", pipeline.flows(chosen, FLOWS));
        charts.put("funnel", leads.funnel(chosen));
        return charts;
    }

    @GetMapping("/overview")
    @SuppressWarnings("unchecked")
    String overview(@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean wall, Model model,
            java.util.Locale locale) {
        Actor actor = currentActor.require("see", "the overview");
        Map<String, Object> charts = charts(actor, region);
        String chosen = (String) charts.get("region");
        RegionView place = chosen == null ? null : regions.require(chosen);
        PipelineFigures f = (PipelineFigures) charts.get("figures");
        List<League> league = new ArrayList<>();
        for (PipelineFigures.RegionFigure r : f.byCity()) {
            league.add(new League(league.size() + 1, r, r.signed() == 0 ? 0 : (double) r.started() / r.signed()));
        }
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (place != null && place.level() != RegionLevel.PROVINCE) {
            RegionView province = regions.require(place.provinceCode());
            crumbs.add(Map.of("code", province.code(), "name", province.name()));
        }
        model.addAttribute("place", place);
        // an enterprise sees its own projects only: the page is not the country's (it was titled 全国)
        model.addAttribute("ownOnly", place == null && actor.enterpriseId() != null);
        model.addAttribute("crumbs", crumbs);
        model.addAttribute("f", f);
        model.addAttribute("league", league);
        model.addAttribute("flows", charts.get("flows"));
        model.addAttribute("funnel", charts.get("funnel"));
        model.addAttribute("wall", wall);
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("chartsJson", json.write(charts));
        model.addAttribute("asOf", charts.get("asOf"));
        Map<String, String> texts = new LinkedHashMap<>();
        Map.of("signed", "project.step.signed", "started", "project.step.started", "producing", "project.step.producing",
                "contracted", "project.contracted", "unit", "project.map.unit", "projects", "overview.projects",
                "fullScreen", "overview.fullScreen", "exitFullScreen", "overview.exitFullScreen")
                .forEach((k, key) -> texts.put(k, messages.getMessage(key, null, key, locale)));
        for (LeadStage s : LeadStage.FUNNEL) {
            texts.put("lead." + s, messages.getMessage("lead.stage." + s, null, locale));
        }
        model.addAttribute("textsJson", json.write(texts));
        return "overview/overview";
    }
}
