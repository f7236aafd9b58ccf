package org.chainatlas.enterprise.web;

import java.util.List;
import java.util.Map;

import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseHit;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.enterprise.EnterpriseSearch;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.enterprise.NeedStatus;
import org.chainatlas.enterprise.NeedView;
import org.chainatlas.enterprise.RevenueBand;
import org.chainatlas.enterprise.internal.EnterpriseRegistry;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.PageView;
import org.chainatlas.platform.web.FormErrors;
import org.chainatlas.platform.web.PageLinks;
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
class EnterprisePages {

    /** A point for the ECharts scatter layer: a name and [longitude, latitude]. */
    record MapPoint(String name, List<Double> value) {
    }

    private final EnterpriseRegistry registry;
    private final EnterpriseSearch search;
    private final Chains chains;
    private final Regions regions;
    private final AuditTrail audit;

    EnterprisePages(EnterpriseRegistry registry, EnterpriseSearch search, Chains chains, Regions regions, AuditTrail audit) {
        this.registry = registry;
        this.search = search;
        this.chains = chains;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/enterprises")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
            @RequestParam(required = false) String chain, @RequestParam(required = false) EnterpriseTag tag,
            @RequestParam(defaultValue = "0") int page, Model model) {
        RegionView selected = province == null || province.isBlank() ? null : regions.require(province);
        PageView<EnterpriseHit> hits = search.search(new EnterpriseQuery(q, selected == null ? null : selected.code(),
                chain == null || chain.isBlank() ? null : chain, tag, Math.max(0, page), 20));
        model.addAttribute("hits", hits);
        model.addAttribute("q", q);
        model.addAttribute("province", selected);
        model.addAttribute("chain", chain);
        model.addAttribute("tag", tag);
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("chains", chains.all());
        model.addAttribute("tags", EnterpriseTag.values());
        model.addAttribute("regions", regions);
        model.addAttribute("chainNames", chains.names());
        model.addAttribute("pagerBase", PageLinks.pagerBase());
        model.addAttribute("mayCreate", registry.mayRegisterAny());
        return "enterprise/list";
    }

    @GetMapping("/enterprises/{id}")
    String detail(@PathVariable long id, Model model) {
        EnterpriseView enterprise = registry.require(id);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("facilityPoints", enterprise.facilities().stream().map(f -> {
            RegionView region = regions.require(f.regionCode());
            return new MapPoint((f.nameZh() == null ? "" : f.nameZh() + " ") + region.nameZh(),
                    List.of(f.longitude() != null ? f.longitude() : region.longitude(),
                            f.latitude() != null ? f.latitude() : region.latitude()));
        }).toList());
        model.addAttribute("needs", registry.needsOf(id));
        model.addAttribute("mayEdit", registry.mayEdit(id));
        model.addAttribute("mayDelete", registry.mayDelete(id)); // an enterprise's own users edit it, never remove it
        model.addAttribute("mayKeepNeeds", registry.mayKeepNeeds(id));
        model.addAttribute("regions", regions);
        model.addAttribute("chainNames", chains.names());
        return "enterprise/detail";
    }

    @GetMapping("/enterprises/new")
    String createForm(Model model) {
        if (!registry.mayRegisterAny()) {
            throw new Forbidden("register", "an enterprise");
        }
        return form(model, new EnterprisePageForm(), null, Map.of());
    }

    @PostMapping("/enterprises/new")
    String create(@ModelAttribute("form") EnterprisePageForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return form(model, form, null, FormErrors.of(binding));
        }
        try {
            EnterpriseView created = registry.register(form.toForm(null));
            return "redirect:/enterprises/" + created.id();
        } catch (InvalidInput e) {
            return form(model, form, null, FormErrors.of(e));
        } catch (org.chainatlas.platform.Conflict e) {
            return form(model, form, null, Map.of(e.field(), e.getMessage()));
        } catch (Forbidden e) {
            // a seat outside the user's area: said at the field as the registry's checks say it (imports too), form kept
            return form(model, form, null, FormErrors.of(registry.problems(form.toForm(null))));
        }
    }

    @GetMapping("/enterprises/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        EnterpriseView enterprise = registry.require(id);
        if (!registry.mayEdit(id)) {
            throw new Forbidden("edit", "enterprise " + id);
        }
        return form(model, EnterprisePageForm.of(enterprise), enterprise, Map.of());
    }

    @PostMapping("/enterprises/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") EnterprisePageForm form, BindingResult binding, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        EnterpriseView existing = registry.require(id);
        if (!registry.mayEdit(id)) {
            throw new Forbidden("edit", "enterprise " + id);
        }
        if (!registry.mayVerify(id)) {
            // the official tags are shown but not offered to the enterprise's own users (an organiser verifies them)
            form.setTags(new java.util.ArrayList<>(existing.tags()));
        }
        if (binding.hasErrors()) {
            return form(model, form, existing, FormErrors.of(binding));
        }
        try {
            registry.update(id, form.toForm(existing), form.getVersion());
            return "redirect:/enterprises/" + id;
        } catch (org.chainatlas.platform.Forbidden e) {
            // an identity field changed by someone who may not: said at each field changed (it was always said at the
            // name), on the form, which keeps what was typed
            String said = org.chainatlas.platform.ErrorTexts.of("error.identityVerified",
                    "name, USCC, seat and official tags are changed by an organiser of the enterprise's region");
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            if (!java.util.Objects.equals(blankToNull(form.getNameZh()), existing.nameZh())) {
                errors.put("nameZh", said);
            }
            if (!java.util.Objects.equals(blankToNull(form.getUscc()) == null ? null : form.getUscc().strip().toUpperCase(), existing.uscc())) {
                errors.put("uscc", said);
            }
            if (!java.util.Objects.equals(blankToNull(form.getHqRegionCode()), existing.hqRegionCode())) {
                errors.put("hqRegionCode", said);
            }
            if (errors.isEmpty()) {
                errors.put("nameZh", said);
            }
            return form(model, form, existing, errors);
        } catch (InvalidInput e) {
            return form(model, form, existing, FormErrors.of(e));
        } catch (org.chainatlas.platform.Conflict e) {
            if ("version".equals(e.field())) {
                response.setStatus(409);
            }
            return form(model, form, existing, Map.of(e.field(), e.getMessage()));
        }
    }

    @PostMapping("/enterprises/{id}/delete")
    String delete(@PathVariable long id) {
        registry.delete(id);
        return "redirect:/enterprises";
    }

    private String form(Model model, EnterprisePageForm form, EnterpriseView existing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("mayVerify", existing == null ? registry.mayTagAny() : registry.mayVerify(existing.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("places", places());
        model.addAttribute("graphs", chains.all().stream().map(c -> chains.graph(c.code())).toList());
        model.addAttribute("tags", EnterpriseTag.values());
        model.addAttribute("bands", RevenueBand.values());
        return "enterprise/form";
    }

    @GetMapping("/enterprises/{id}/needs/new")
    String needForm(@PathVariable long id, Model model) {
        EnterpriseView enterprise = registry.require(id);
        if (!registry.mayKeepNeeds(id)) {
            throw new Forbidden("add a need to", "enterprise " + id);
        }
        return needForm(model, enterprise, null, new NeedPageForm(), Map.of());
    }

    @PostMapping("/enterprises/{id}/needs/new")
    String addNeed(@PathVariable long id, @ModelAttribute("form") NeedPageForm form, BindingResult binding, Model model) {
        EnterpriseView enterprise = registry.require(id);
        if (!registry.mayKeepNeeds(id)) {
            // rights before the form's content: someone without them learns nothing from refusals of fields
            throw new Forbidden("add a need to", "enterprise " + id);
        }
        if (binding.hasErrors()) {
            return needForm(model, enterprise, null, form, FormErrors.of(binding));
        }
        try {
            registry.addNeed(id, form.toForm());
            return "redirect:/enterprises/" + id + "#needs";
        } catch (InvalidInput e) {
            return needForm(model, enterprise, null, form, needErrors(e));
        }
    }

    @GetMapping("/needs/{needId}/edit")
    String editNeedForm(@PathVariable long needId, Model model) {
        NeedView need = registry.need(needId).orElseThrow(() -> new NotFound("need", needId));
        if (!registry.mayKeepNeeds(need.enterpriseId())) {
            throw new Forbidden("edit", "need " + needId);
        }
        return needForm(model, registry.require(need.enterpriseId()), need, NeedPageForm.of(need), Map.of());
    }

    @PostMapping("/needs/{needId}/edit")
    String editNeed(@PathVariable long needId, @ModelAttribute("form") NeedPageForm form, BindingResult binding, Model model) {
        NeedView need = registry.need(needId).orElseThrow(() -> new NotFound("need", needId));
        EnterpriseView enterprise = registry.require(need.enterpriseId());
        if (!registry.mayKeepNeeds(need.enterpriseId())) {
            // rights before the form's content: a meeting partner who may read the need got its edit form back
            throw new Forbidden("edit", "need " + needId);
        }
        if (binding.hasErrors()) {
            return needForm(model, enterprise, need, form, FormErrors.of(binding));
        }
        try {
            registry.updateNeed(needId, form.toForm());
            return "redirect:/enterprises/" + need.enterpriseId() + "#needs";
        } catch (InvalidInput e) {
            return needForm(model, enterprise, need, form, needErrors(e));
        }
    }

    private static Map<String, String> needErrors(InvalidInput e) {
        return FormErrors.of(e, Map.of("investmentCny", "investmentWan", "volumeCny", "volumeWan"));
    }

    private String needForm(Model model, EnterpriseView enterprise, NeedView need, NeedPageForm form, Map<String, String> errors) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("need", need);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", NeedKind.values());
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("graphs", chains.all().stream().map(c -> chains.graph(c.code())).toList());
        return "enterprise/need-form";
    }

    @GetMapping("/enterprises/{id}/history")
    String history(@PathVariable long id, Model model) {
        EnterpriseView enterprise = registry.require(id);
        if (!registry.mayEdit(id)) {
            throw new Forbidden("read the history of", "enterprise " + id);
        }
        model.addAttribute("title", enterprise.nameZh());
        model.addAttribute("backUrl", "/enterprises/" + id);
        model.addAttribute("entries", audit.history("enterprise", id));
        model.addAttribute("restoreUrl", null);
        return "audit/history";
    }

    /** Prefecture-level places grouped under their province, for the HQ select. */
    private List<RegionView> places() {
        return regions.all().stream().sorted(java.util.Comparator.comparing(RegionView::code)).toList();
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
