package org.chainatlas.matching.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.NeedView;
import org.chainatlas.matching.GapAnalysis;
import org.chainatlas.matching.GapKind;
import org.chainatlas.matching.Matching;
import org.chainatlas.matching.PartnerResult;
import org.chainatlas.matching.SiteQuery;
import org.chainatlas.matching.SiteRecommendation;
import org.chainatlas.matching.Weights;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.web.FormErrors;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class MatchingPages {

    private final Matching matching;
    private final Chains chains;
    private final Regions regions;
    private final EnterpriseCatalog enterprises;

    private final org.chainatlas.account.CurrentActor currentActor;
    private final org.springframework.context.MessageSource messages;
    private final org.chainatlas.platform.web.JsonForPages json;

    private final GapExport export;
    private final org.springframework.beans.factory.ObjectProvider<org.chainatlas.matching.TargetLeads> targetLeads;

    MatchingPages(Matching matching, Chains chains, Regions regions, EnterpriseCatalog enterprises,
            org.chainatlas.account.CurrentActor currentActor, org.springframework.context.MessageSource messages,
            org.chainatlas.platform.web.JsonForPages json, GapExport export,
            org.springframework.beans.factory.ObjectProvider<org.chainatlas.matching.TargetLeads> targetLeads) {
        this.targetLeads = targetLeads;
        this.json = json;
        this.export = export;
        this.currentActor = currentActor;
        this.messages = messages;
        this.matching = matching;
        this.chains = chains;
        this.regions = regions;
        this.enterprises = enterprises;
    }

    /**
     * The code prefix of the places where the signed-in user works investment leads ("" for an administrator),
     * null when they make none: the pages offer "make a lead" only there (the lead module checks again).
     */
    private String leadScope() {
        return currentActor.get().map(a -> a.isAdmin() ? "" : (a.is(org.chainatlas.account.Role.ORGANISER)
                || a.is(org.chainatlas.account.Role.LOCALITY)) ? a.regionPrefix() : null).orElse(null);
    }

    /** Parks the site page lists. */
    static final int SHOWN = 30;
    /** Parks of one city the page lists by default: 重庆 alone has some forty zones, which filled the whole list. */
    static final int PER_CITY = 3;

    @GetMapping("/match/sites")
    String sites(@RequestParam(required = false) Long need, @RequestParam(required = false) Long node,
            @RequestParam(required = false) String industry, @RequestParam(name = "investmentYi", required = false) String investmentText,
            @RequestParam(name = "landMu", required = false) String landText,
            @RequestParam(name = "energyMwh", required = false) String energyText,
            @RequestParam(required = false) List<String> provinces, @RequestParam(defaultValue = "false") boolean otherProvinces,
            @RequestParam(name = "radiusKm", required = false) String radiusText, @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) String home, @RequestParam(required = false) String anchors,
            @RequestParam(defaultValue = "" + PER_CITY) int perCity, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        // the figures as typed: one that is no number is said at its field with every other refusal (it was a bare 400 page)
        Double investmentYi = figure("investmentYi", investmentText, errors);
        Double landMu = figure("landMu", landText, errors);
        Double energyMwh = figure("energyMwh", energyText, errors);
        Double radiusKm = figure("radiusKm", radiusText, errors);
        Weights weights = Weights.DEFAULT;
        try {
            weights = WeightParams.from(params);
        } catch (InvalidInput e) {
            errors.putAll(FormErrors.of(e));
        }
        List<Long> anchorIds = new java.util.ArrayList<>();
        if (anchors != null && !anchors.isBlank()) {
            for (String a : anchors.split("[,，;；\\s]+")) {
                if (a.isBlank()) {
                    continue;
                }
                Long id = enterprises.findByStockCode(a.strip().toUpperCase()).map(e -> e.id()).orElse(null);
                if (id == null && a.strip().matches("\\d{1,12}")) {
                    id = enterprises.find(Long.parseLong(a.strip())).map(e -> e.id()).orElse(null);
                }
                if (id == null) {
                    errors.put("anchors", org.chainatlas.platform.web.Localized.pick("找不到客户企业“" + a.strip() + "”（请填股票代码或企业编号）",
                            "no customer enterprise '" + a.strip() + "' (give a stock code or an enterprise id)"));
                } else {
                    anchorIds.add(id);
                }
            }
        }
        if (enterprise == null && need == null) {
            enterprise = currentActor.get().map(a -> a.enterpriseId()).orElse(null);
        }
        NeedView needView = null;
        if (need != null) {
            needView = enterprises.need(need).orElseThrow(() -> new NotFound("need", need));
            node = needView.nodeId();
            investmentYi = needView.investmentCny() == null ? null : needView.investmentCny() / 1e8;
            landMu = needView.landMu();
            energyMwh = needView.energyMwh();
            provinces = needView.preferredProvinces();
        }
        // said as typed (the engine checks yuan: "现为 -100000000" for a typed -1), all of them at once
        Map<String, Double> typed = new LinkedHashMap<>();
        typed.put("investmentYi", investmentYi);
        typed.put("landMu", landMu);
        typed.put("energyMwh", energyMwh);
        if (radiusKm != null && !(radiusKm > 0 && radiusKm <= SiteQuery.MAX_RADIUS_KM)) {
            // the engine's rule, said here with the others (the engine is not asked while a figure is refused)
            int max = (int) SiteQuery.MAX_RADIUS_KM;
            errors.put("radiusKm", org.chainatlas.platform.ErrorTexts.of("error.radius", radiusKm
                    + " must be greater than 0 and at most " + max + " km", String.valueOf(radiusKm), max));
        }
        for (Map.Entry<String, Double> f : typed.entrySet()) {
            Double value = f.getValue();
            if (value != null && (value < 0 || !Double.isFinite(value))) {
                errors.put(f.getKey(), org.chainatlas.platform.ErrorTexts.of("error.negative", "must not be negative (got " + value + ")",
                        Double.isFinite(value) ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                                : String.valueOf(value)));
            }
        }
        SiteRecommendation result = null;
        boolean asked = node != null || (industry != null && !industry.isBlank());
        if (!asked && params.containsKey("industry") && errors.isEmpty()) {
            // the form was sent with neither a segment nor a product: say what is missing instead of an empty page
            errors.put("industry", org.chainatlas.platform.web.Localized.pick("请选择产业链环节，或填写产品或行业",
                    "choose a segment, or type a product or industry"));
        }
        if (asked && errors.isEmpty()) {
            try {
                result = matching.sites(new SiteQuery(node, industry, investmentYi == null ? null : Math.round(investmentYi * 1e8),
                        landMu, energyMwh, provinces, otherProvinces, radiusKm, weights,
                        needView == null ? enterprise : Long.valueOf(needView.enterpriseId()), home == null || home.isBlank() ? null : home,
                        anchorIds, SiteRecommendation.candidatesToRank(perCity, SHOWN)));
                result = result.atMostPerCity(perCity, SHOWN);
            } catch (InvalidInput e) {
                errors = FormErrors.of(e);
            }
        }
        model.addAttribute("industry", industry);
        model.addAttribute("perCity", Math.max(0, perCity));
        model.addAttribute("enterprise", enterprise == null ? null : enterprises.find(enterprise).orElse(null));
        model.addAttribute("home", home);
        model.addAttribute("anchors", anchors);
        model.addAttribute("factors", org.chainatlas.matching.SiteFactor.values());
        model.addAttribute("result", result);
        model.addAttribute("resultSources", result == null ? List.of() : org.chainatlas.matching.Sources.say(result.sources()));
        model.addAttribute("sitesJson", result == null ? "[]" : json.write(result.sites()));
        model.addAttribute("errors", errors);
        model.addAttribute("need", needView);
        model.addAttribute("needEnterprise", needView == null ? null : enterprises.names(List.of(needView.enterpriseId()))
                .get(needView.enterpriseId()));
        model.addAttribute("node", node);
        // a figure that is no number comes back as typed, to be corrected
        model.addAttribute("investmentYi", investmentYi != null ? (Object) investmentYi
                : errors.containsKey("investmentYi") ? investmentText : null);
        model.addAttribute("landMu", landMu != null ? (Object) landMu : errors.containsKey("landMu") ? landText : null);
        model.addAttribute("energyMwh", energyMwh != null ? (Object) energyMwh : errors.containsKey("energyMwh") ? energyText : null);
        model.addAttribute("selectedProvinces", provinces == null ? List.of() : provinces);
        model.addAttribute("otherProvinces", otherProvinces);
        model.addAttribute("radiusKm", radiusKm != null ? (Object) radiusKm : errors.containsKey("radiusKm") ? radiusText : null);
        model.addAttribute("weights", weights.asMap());
        model.addAttribute("graphs", chains.all().stream().map(c -> chains.graph(c.code())).toList());
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("regions", regions);
        model.addAttribute("leadScope", leadScope());
        model.addAttribute("leadEnterprise", needView != null ? Long.valueOf(needView.enterpriseId()) : enterprise);
        return "matching/sites";
    }

    /** A figure typed in a field, or null: blank, or no number (then refused at the field in {@code errors}). */
    private static Double figure(String field, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, org.chainatlas.platform.ErrorTexts.of("import.notNumber", "'" + text + "' is not a number", text.strip()));
            return null;
        }
    }

    /**
     * The gap analysis as a workbook for the signed-in reader: what the page shows them (an organiser's view includes the
     * expansion plans it may see), which the API's export, answering a browser's cookie as anonymous, did not.
     */
    @GetMapping("/match/gaps.xlsx")
    org.springframework.http.ResponseEntity<byte[]> gapsWorkbook(@RequestParam String region, @RequestParam String chain,
            @RequestParam(defaultValue = "50") int targets) {
        return export.download(matching.gaps(regions.require(region).code(), chains.require(chain).code(), targets));
    }

    @GetMapping("/match/gaps")
    String gaps(@RequestParam(required = false) String region, @RequestParam(required = false) String chain,
            @RequestParam(defaultValue = "10") int targets, Model model) {
        RegionView selected = region == null || region.isBlank() ? null : regions.require(region);
        String chainCode = chain == null || chain.isBlank() ? null : chains.require(chain).code();
        GapAnalysis analysis = selected == null || chainCode == null ? null : matching.gaps(selected.code(), chainCode, targets);
        model.addAttribute("analysis", analysis);
        model.addAttribute("region", selected);
        model.addAttribute("selectedProvince", selected == null ? null : regions.require(selected.provinceCode()));
        model.addAttribute("cities", selected == null ? List.of() : regions.children(selected.provinceCode()));
        model.addAttribute("chain", chainCode);
        model.addAttribute("graph", chainCode == null ? null : chains.graph(chainCode));
        model.addAttribute("chains", chains.all());
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("regions", regions);
        model.addAttribute("kinds", GapKind.values());
        boolean mayLead = selected != null && currentActor.get().map(a -> a.governs(selected.code())).orElse(false);
        model.addAttribute("mayLead", mayLead);
        // a target the place already works as a lead shows that lead, not a second "make a lead"
        Map<Long, org.chainatlas.matching.TargetLeads.Known> leadOf = Map.of();
        if (analysis != null && mayLead) {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            analysis.targets().values().forEach(list -> list.forEach(t -> ids.add(t.enterpriseId())));
            org.chainatlas.matching.TargetLeads source = targetLeads.getIfAvailable();
            leadOf = source == null ? Map.of() : source.known(analysis.regionCode(), chainCode, ids);
        }
        model.addAttribute("leadOf", leadOf);
        if (analysis != null) {
            Map<Long, String> gapOf = new LinkedHashMap<>();
            analysis.segments().forEach(s -> gapOf.put(s.nodeId(), s.gap().name()));
            model.addAttribute("gapOf", gapOf);
            Map<String, String> labels = new LinkedHashMap<>();
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            for (GapKind k : GapKind.values()) {
                labels.put(k.name(), messages.getMessage("match.gap." + k.name(), null, k.name(), locale));
            }
            model.addAttribute("labelsJson", json.write(labels));
            model.addAttribute("gapsJson", json.write(gapOf));
            model.addAttribute("graphJson", json.write(chains.graph(chainCode)));
        }
        return "matching/gaps";
    }

    @GetMapping("/match/partners")
    String partners(@RequestParam long need, @RequestParam(required = false) Double radiusKm, Model model) {
        NeedView needView = enterprises.need(need).orElseThrow(() -> new NotFound("need", need));
        PartnerResult result = null;
        Map<String, String> errors = Map.of();
        try {
            result = matching.partnersForNeed(need, radiusKm, 50);
        } catch (InvalidInput e) {
            errors = FormErrors.of(e);
        }
        model.addAttribute("need", needView);
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        model.addAttribute("radiusKm", radiusKm);
        model.addAttribute("enterpriseName", enterprises.names(List.of(needView.enterpriseId())).get(needView.enterpriseId()));
        model.addAttribute("regions", regions);
        model.addAttribute("node", chains.node(needView.nodeId()).map(ChainNodeView::name).orElse(""));
        return "matching/partners";
    }
}
