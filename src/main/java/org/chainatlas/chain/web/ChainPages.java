package org.chainatlas.chain.web;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.Chains;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ChainPages {

    private final Chains chains;
    private final Regions regions;
    private final org.springframework.context.MessageSource messages;

    private final org.chainatlas.platform.web.JsonForPages json;
    private final org.chainatlas.account.CurrentActor currentActor;

    ChainPages(Chains chains, Regions regions, org.springframework.context.MessageSource messages,
            org.chainatlas.platform.web.JsonForPages json, org.chainatlas.account.CurrentActor currentActor) {
        this.json = json;
        this.currentActor = currentActor;
        this.chains = chains;
        this.regions = regions;
        this.messages = messages;
    }

    /** The words the chain-map script shows, in the language of the request. */
    private java.util.Map<String, String> texts() {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String key : java.util.List.of("chain.stage.UPSTREAM", "chain.stage.MIDSTREAM", "chain.stage.DOWNSTREAM",
                "chain.map.legend.present", "chain.map.legend.weak", "chain.map.legend.missing", "chain.map.rule", "chain.map.summary",
                "chain.map.allProvince", "chain.map.local", "chain.map.zones", "chain.map.evidence", "chain.map.evidence.none",
                "chain.map.evidence.summary", "chain.map.evidence.chooseRegion", "chain.map.evidence.demoProjects", "chain.map.sources",
                "list.semicolon")) {
            texts.put(key, messages.getMessage(key, null, key, locale));
        }
        return texts;
    }

    @GetMapping("/chains")
    String list(Model model) {
        model.addAttribute("chains", chains.all());
        return "chain/list";
    }

    @GetMapping("/chains/{code}")
    String map(@PathVariable String code, @RequestParam(required = false) String region, Model model) {
        ChainGraph graph = chains.graph(code);
        // opened without a region (not with an empty one chosen): a locality bureau or an organiser sees its own place
        if (region == null) {
            region = currentActor.get().filter(a -> a.is(org.chainatlas.account.Role.LOCALITY) || a.is(org.chainatlas.account.Role.ORGANISER))
                    .map(org.chainatlas.account.Actor::regionCode).filter(own -> regions.find(own).isPresent()).orElse(null);
        }
        RegionView selected = region == null || region.isBlank() ? null : regions.require(region);
        model.addAttribute("graph", graph);
        model.addAttribute("chain", graph.chain());
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("selected", selected);
        model.addAttribute("selectedProvince", selected == null ? null : regions.require(selected.provinceCode()));
        model.addAttribute("cities", selected == null ? java.util.List.of() : regions.children(selected.provinceCode()));
        model.addAttribute("regions", regions);
        model.addAttribute("textsJson", json.write(texts()));
        model.addAttribute("english", org.chainatlas.platform.web.Localized.english());
        return "chain/map";
    }
}
