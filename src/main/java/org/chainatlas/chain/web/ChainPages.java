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

    ChainPages(Chains chains, Regions regions) {
        this.chains = chains;
        this.regions = regions;
    }

    @GetMapping("/chains")
    String list(Model model) {
        model.addAttribute("chains", chains.all());
        return "chain/list";
    }

    @GetMapping("/chains/{code}")
    String map(@PathVariable String code, @RequestParam(required = false) String region, Model model) {
        ChainGraph graph = chains.graph(code);
        RegionView selected = region == null || region.isBlank() ? null : regions.require(region);
        model.addAttribute("graph", graph);
        model.addAttribute("chain", graph.chain());
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("selected", selected);
        model.addAttribute("selectedProvince", selected == null ? null : regions.require(selected.provinceCode()));
        model.addAttribute("cities", selected == null ? java.util.List.of() : regions.children(selected.provinceCode()));
        model.addAttribute("regions", regions);
        return "chain/map";
    }
}
