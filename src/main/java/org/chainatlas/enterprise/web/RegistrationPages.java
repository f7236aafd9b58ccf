package org.chainatlas.enterprise.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.RevenueBand;
import org.chainatlas.enterprise.internal.Onboarding;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.web.FormErrors;
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

/** Enterprise self-registration and its verification by organisers. */
@Controller
class RegistrationPages {

    private final Onboarding onboarding;
    private final Regions regions;
    private final Chains chains;

    RegistrationPages(Onboarding onboarding, Regions regions, Chains chains) {
        this.onboarding = onboarding;
        this.regions = regions;
        this.chains = chains;
    }

    @GetMapping("/register")
    String form(Model model) {
        return form(model, new RegistrationPageForm(), Map.of());
    }

    @PostMapping("/register")
    String submit(@ModelAttribute("form") RegistrationPageForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return form(model, form, FormErrors.of(binding));
        }
        try {
            onboarding.submit(form.getUsername(), form.getPassword(), form.getEmail(), form.getDisplayName(), form.toForm(null));
        } catch (InvalidInput e) {
            return form(model, form, FormErrors.of(e));
        } catch (Conflict e) {
            return form(model, form, Map.of(e.field(), e.getMessage()));
        }
        return "redirect:/login?registered";
    }

    private String form(Model model, RegistrationPageForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", null);
        model.addAttribute("errors", errors);
        model.addAttribute("places", regions.all().stream().sorted(java.util.Comparator.comparing(RegionView::code)).toList());
        model.addAttribute("graphs", chains.all().stream().map(c -> chains.graph(c.code())).toList());
        model.addAttribute("tags", EnterpriseTag.values());
        model.addAttribute("mayVerify", false); // official tags: an organiser sets them after verifying
        model.addAttribute("bands", RevenueBand.values());
        return "enterprise/register";
    }

    @GetMapping("/registrations")
    String pending(Model model) {
        return pendingPage(model, Map.of());
    }

    private String pendingPage(Model model, Map<String, String> errors) {
        model.addAttribute("pending", onboarding.pendingForMe());
        model.addAttribute("regions", regions);
        model.addAttribute("errors", errors);
        return "enterprise/registrations";
    }

    @PostMapping("/registrations/{id}/verify")
    String verify(@PathVariable long id, Model model) {
        try {
            return "redirect:/enterprises/" + onboarding.verify(id).id();
        } catch (InvalidInput e) {
            return pendingPage(model, new LinkedHashMap<>(FormErrors.of(e)));
        } catch (Conflict e) {
            return pendingPage(model, Map.of(e.field(), e.getMessage()));
        }
    }

    @PostMapping("/registrations/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            onboarding.reject(id, reason);
        } catch (InvalidInput e) {
            return pendingPage(model, FormErrors.of(e));
        }
        redirect.addFlashAttribute("message", "registrations.rejectedDone");
        return "redirect:/registrations";
    }
}
