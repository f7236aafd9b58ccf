package org.chainatlas.park.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.NearbyEnterprise;
import org.chainatlas.park.CooperationMode;
import org.chainatlas.park.OpportunityFilter;
import org.chainatlas.park.OpportunityStatus;
import org.chainatlas.park.OpportunityView;
import org.chainatlas.park.ParkKind;
import org.chainatlas.park.ParkView;
import org.chainatlas.park.internal.ParkRegistry;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.PageView;
import org.chainatlas.platform.web.FormErrors;
import org.chainatlas.platform.web.PageLinks;
import org.chainatlas.region.GeoPoint;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ParkPages {

    private final ParkRegistry registry;
    private final Regions regions;
    private final Chains chains;
    private final EnterpriseCatalog enterprises;
    private final AuditTrail audit;

    ParkPages(ParkRegistry registry, Regions regions, Chains chains, EnterpriseCatalog enterprises, AuditTrail audit) {
        this.registry = registry;
        this.regions = regions;
        this.chains = chains;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- parks

    @GetMapping("/parks")
    String parks(@RequestParam(required = false) String province, @RequestParam(required = false) ParkKind kind,
            @RequestParam(required = false) String chain, @RequestParam(defaultValue = "false") boolean stale,
            @RequestParam(defaultValue = "0") int page, Model model) {
        RegionView selected = province == null || province.isBlank() ? null : regions.require(province);
        List<ParkView> all = registry.parksIn(selected == null ? null : selected.code()).stream()
                .filter(p -> kind == null || p.kind() == kind)
                .filter(p -> !stale || p.stale())
                .filter(p -> chain == null || chain.isBlank() || p.chainCodes().contains(chain)).toList();
        model.addAttribute("parks", PageView.ofList(all, Math.max(0, page), 30));
        model.addAttribute("province", selected);
        model.addAttribute("kind", kind);
        model.addAttribute("chain", chain);
        model.addAttribute("stale", stale);
        model.addAttribute("kinds", ParkKind.values());
        common(model);
        model.addAttribute("pagerBase", PageLinks.pagerBase());
        model.addAttribute("mayCreate", registry.mayCreateAnyPark());
        return "park/list";
    }

    @GetMapping("/parks/{id}")
    String park(@PathVariable long id, @RequestParam(required = false) String chain,
            @RequestParam(defaultValue = "100") double radius, Model model) {
        ParkView park = registry.require(id);
        if (!(radius > 0 && radius <= 2000)) {
            throw InvalidInput.coded("radius", "error.radius", radius + " must be greater than 0 and at most 2000 km",
                    String.valueOf(radius), 2000);
        }
        String chosen = chain != null && chains.find(chain).isPresent() ? chain
                : park.chainCodes().isEmpty() ? chains.all().getFirst().code() : park.chainCodes().getFirst();
        List<NearbyEnterprise> nearby = enterprises.producersNear(chains.nodes(chosen).stream().map(ChainNodeView::id).toList(),
                new GeoPoint(park.longitude(), park.latitude()), radius, 300);
        Map<Long, String> nodeNames = new LinkedHashMap<>();
        chains.nodes(chosen).forEach(n -> nodeNames.put(n.id(), n.name()));
        park.nodeIds().forEach(n -> chains.node(n).ifPresent(v -> nodeNames.put(v.id(), v.name())));
        model.addAttribute("park", park);
        model.addAttribute("opportunities", registry.opportunitiesOf(id));
        model.addAttribute("nearby", nearby);
        model.addAttribute("chosenChain", chosen);
        model.addAttribute("radius", radius);
        model.addAttribute("nodeNames", nodeNames);
        model.addAttribute("mayEdit", registry.mayEditPark(id));
        model.addAttribute("province", regions.require(regions.require(park.regionCode()).provinceCode()));
        common(model);
        return "park/detail";
    }

    @GetMapping("/parks/new")
    String newPark(@RequestParam(required = false) String region, Model model) {
        if (!registry.mayCreateAnyPark()) {
            throw new Forbidden("create", "a park");
        }
        ParkPageForm form = new ParkPageForm();
        form.setRegionCode(region);
        return parkForm(model, form, null, Map.of());
    }

    @PostMapping("/parks/new")
    String createPark(@ModelAttribute("form") ParkPageForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("rejected", FormErrors.rejected(binding));
            return parkForm(model, form, null, FormErrors.of(binding, registry.problems(form.toForm())));
        }
        try {
            return "redirect:/parks/" + registry.createPark(form.toForm()).id();
        } catch (InvalidInput e) {
            return parkForm(model, form, null, FormErrors.of(e));
        }
    }

    @GetMapping("/parks/{id}/edit")
    String editPark(@PathVariable long id, Model model) {
        ParkView park = registry.require(id);
        if (!registry.mayEditPark(id)) {
            throw new Forbidden("edit", "park " + id);
        }
        return parkForm(model, ParkPageForm.of(park), park, Map.of());
    }

    @PostMapping("/parks/{id}/edit")
    String updatePark(@PathVariable long id, @ModelAttribute("form") ParkPageForm form, BindingResult binding, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        ParkView park = registry.require(id);
        if (binding.hasErrors()) {
            model.addAttribute("rejected", FormErrors.rejected(binding));
            return parkForm(model, form, park, FormErrors.of(binding, registry.problems(form.toForm())));
        }
        try {
            registry.updatePark(id, form.toForm(), form.getVersion());
            return "redirect:/parks/" + id;
        } catch (InvalidInput e) {
            return parkForm(model, form, park, FormErrors.of(e));
        } catch (org.chainatlas.platform.Conflict e) {
            response.setStatus(409);
            return parkForm(model, form, park, Map.of(e.field(), e.getMessage()));
        }
    }

    @PostMapping("/parks/{id}/verify")
    String verifyPark(@PathVariable long id) {
        registry.verifyPark(id);
        return "redirect:/parks/" + id;
    }

    @PostMapping("/parks/{id}/delete")
    String deletePark(@PathVariable long id) {
        registry.deletePark(id);
        return "redirect:/parks/" + id + "/history";
    }

    @PostMapping("/parks/{id}/restore")
    String restorePark(@PathVariable long id) {
        registry.restorePark(id);
        return "redirect:/parks/" + id;
    }

    @GetMapping("/parks/{id}/history")
    String parkHistory(@PathVariable long id, Model model) {
        if (!registry.mayEditPark(id)) {
            throw new Forbidden("read the history of", "park " + id);
        }
        boolean deleted = registry.find(id).isEmpty();
        model.addAttribute("title", registry.historyTitle(id));
        model.addAttribute("backUrl", deleted ? "/parks" : "/parks/" + id);
        model.addAttribute("entries", audit.history("park", id));
        model.addAttribute("restoreUrl", deleted ? "/parks/" + id + "/restore" : null);
        return "audit/history";
    }

    private String parkForm(Model model, ParkPageForm form, ParkView park, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("park", park);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ParkKind.values());
        model.addAttribute("places", regions.all().stream().sorted(java.util.Comparator.comparing(RegionView::code)).toList());
        model.addAttribute("graphs", chains.all().stream().map(c -> chains.graph(c.code())).toList());
        common(model);
        return "park/form";
    }

    // ---------------------------------------------------------------- opportunities

    @GetMapping("/opportunities")
    String opportunities(@RequestParam(required = false) String region, @RequestParam(required = false) String chain,
            @RequestParam(required = false) Long node, @RequestParam(required = false) ParkKind parkKind,
            @RequestParam(required = false) Double minLandMu, @RequestParam(required = false) Double minInvestmentYi,
            @RequestParam(required = false) Double maxInvestmentYi, @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(defaultValue = "VERIFIED") OpportunityFilter.Sort sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return list(model, null, region, chain, node, parkKind, minLandMu, minInvestmentYi, maxInvestmentYi, status, sort, page);
    }

    /** 一链一清单: the opportunity list of one chain. */
    @GetMapping("/chains/{code}/opportunities")
    String chainList(@PathVariable String code, @RequestParam(required = false) String region,
            @RequestParam(required = false) Long node, @RequestParam(required = false) ParkKind parkKind,
            @RequestParam(required = false) Double minLandMu, @RequestParam(required = false) Double minInvestmentYi,
            @RequestParam(required = false) Double maxInvestmentYi, @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(defaultValue = "VERIFIED") OpportunityFilter.Sort sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ChainView chain = chains.require(code);
        model.addAttribute("fixedChain", chain);
        return list(model, "chain", region, code, node, parkKind, minLandMu, minInvestmentYi, maxInvestmentYi, status, sort, page);
    }

    /** A locality's opportunity list. */
    @GetMapping("/regions/{code}/opportunities")
    String regionList(@PathVariable String code, @RequestParam(required = false) String chain,
            @RequestParam(required = false) Long node, @RequestParam(required = false) ParkKind parkKind,
            @RequestParam(required = false) Double minLandMu, @RequestParam(required = false) Double minInvestmentYi,
            @RequestParam(required = false) Double maxInvestmentYi, @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(defaultValue = "VERIFIED") OpportunityFilter.Sort sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("fixedRegion", regions.require(code));
        return list(model, "region", code, chain, node, parkKind, minLandMu, minInvestmentYi, maxInvestmentYi, status, sort, page);
    }

    private String list(Model model, String fixed, String region, String chain, Long node, ParkKind parkKind,
            Double minLandMu, Double minInvestmentYi, Double maxInvestmentYi, OpportunityStatus status,
            OpportunityFilter.Sort sort, int page) {
        RegionView selected = region == null || region.isBlank() ? null : regions.require(region);
        String chainCode = chain == null || chain.isBlank() ? null : chains.require(chain).code();
        PageView<OpportunityView> list = registry.opportunities(new OpportunityFilter(selected == null ? null : selected.code(),
                chainCode, node, parkKind, minLandMu, yuan(minInvestmentYi), yuan(maxInvestmentYi),
                status == null ? null : List.of(status), sort, Math.max(0, page), 30));
        model.addAttribute("list", list);
        model.addAttribute("fixed", fixed);
        model.addAttribute("region", selected);
        model.addAttribute("selectedProvince", selected == null ? null : regions.require(selected.provinceCode()));
        model.addAttribute("cities", selected == null ? List.of() : regions.children(selected.provinceCode()));
        model.addAttribute("chain", chainCode);
        model.addAttribute("nodes", chainCode == null ? List.of() : chains.nodes(chainCode));
        model.addAttribute("node", node);
        model.addAttribute("parkKind", parkKind);
        model.addAttribute("minLandMu", minLandMu);
        model.addAttribute("minInvestmentYi", minInvestmentYi);
        model.addAttribute("maxInvestmentYi", maxInvestmentYi);
        model.addAttribute("status", status);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", OpportunityFilter.Sort.values());
        model.addAttribute("statuses", OpportunityStatus.values());
        model.addAttribute("kinds", ParkKind.values());
        model.addAttribute("pagerBase", PageLinks.pagerBase());
        common(model);
        return "park/opportunities";
    }

    private static Long yuan(Double yi) {
        return yi == null ? null : Math.round(yi * 1e8);
    }

    @GetMapping("/opportunities/{id}")
    String opportunity(@PathVariable long id, Model model) {
        OpportunityView opportunity = registry.opportunity(id).orElseThrow(() -> new NotFound("opportunity", id));
        model.addAttribute("o", opportunity);
        model.addAttribute("park", registry.require(opportunity.parkId()));
        model.addAttribute("mayEdit", registry.mayEditPark(opportunity.parkId()));
        common(model);
        return "park/opportunity";
    }

    @GetMapping("/parks/{id}/opportunities/new")
    String newOpportunity(@PathVariable long id, Model model) {
        ParkView park = registry.require(id);
        if (!registry.mayEditPark(id)) {
            throw new Forbidden("publish an opportunity in", "park " + id);
        }
        return opportunityForm(model, park, null, new OpportunityPageForm(), Map.of());
    }

    @PostMapping("/parks/{id}/opportunities/new")
    String createOpportunity(@PathVariable long id, @ModelAttribute("form") OpportunityPageForm form, BindingResult binding,
            Model model) {
        ParkView park = registry.require(id);
        if (binding.hasErrors()) {
            model.addAttribute("rejected", FormErrors.rejected(binding));
            return opportunityForm(model, park, null, form, FormErrors.of(binding, registry.problems(form.toForm(id))));
        }
        try {
            return "redirect:/opportunities/" + registry.createOpportunity(form.toForm(id)).id();
        } catch (InvalidInput e) {
            return opportunityForm(model, park, null, form, opportunityErrors(e));
        }
    }

    @GetMapping("/opportunities/{id}/edit")
    String editOpportunity(@PathVariable long id, Model model) {
        OpportunityView opportunity = registry.opportunity(id).orElseThrow(() -> new NotFound("opportunity", id));
        if (!registry.mayEditPark(opportunity.parkId())) {
            throw new Forbidden("edit", "opportunity " + id);
        }
        return opportunityForm(model, registry.require(opportunity.parkId()), opportunity, OpportunityPageForm.of(opportunity),
                Map.of());
    }

    @PostMapping("/opportunities/{id}/edit")
    String updateOpportunity(@PathVariable long id, @ModelAttribute("form") OpportunityPageForm form, BindingResult binding,
            Model model, jakarta.servlet.http.HttpServletResponse response) {
        OpportunityView opportunity = registry.opportunity(id).orElseThrow(() -> new NotFound("opportunity", id));
        ParkView park = registry.require(opportunity.parkId());
        if (binding.hasErrors()) {
            model.addAttribute("rejected", FormErrors.rejected(binding));
            return opportunityForm(model, park, opportunity, form, FormErrors.of(binding, registry.problems(form.toForm(park.id()))));
        }
        try {
            registry.updateOpportunity(id, form.toForm(opportunity.parkId()), form.getVersion());
            return "redirect:/opportunities/" + id;
        } catch (InvalidInput e) {
            return opportunityForm(model, park, opportunity, form, opportunityErrors(e));
        } catch (org.chainatlas.platform.Conflict e) {
            response.setStatus(409);
            return opportunityForm(model, park, opportunity, form, Map.of(e.field(), e.getMessage()));
        }
    }

    @PostMapping("/opportunities/{id}/delete")
    String deleteOpportunity(@PathVariable long id) {
        OpportunityView opportunity = registry.opportunity(id).orElseThrow(() -> new NotFound("opportunity", id));
        registry.deleteOpportunity(id);
        return "redirect:/parks/" + opportunity.parkId();
    }

    private static Map<String, String> opportunityErrors(InvalidInput e) {
        return FormErrors.of(e, Map.of("investmentSoughtCny", "investmentWan"));
    }

    private String opportunityForm(Model model, ParkView park, OpportunityView opportunity, OpportunityPageForm form,
            Map<String, String> errors) {
        model.addAttribute("park", park);
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("modes", CooperationMode.values());
        model.addAttribute("statuses", OpportunityStatus.values());
        model.addAttribute("graphs", chains.all().stream().map(c -> chains.graph(c.code())).toList());
        common(model);
        return "park/opportunity-form";
    }

    private void common(Model model) {
        model.addAttribute("regions", regions);
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("chains", chains.all());
        model.addAttribute("chainNames", chains.names());
    }
}
