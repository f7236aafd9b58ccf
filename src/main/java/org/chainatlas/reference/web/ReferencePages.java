package org.chainatlas.reference.web;

import java.util.List;

import org.chainatlas.platform.PageView;
import org.chainatlas.reference.ReferenceData;
import org.chainatlas.reference.ZoneKind;
import org.chainatlas.reference.ZoneView;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ReferencePages {

    private final ReferenceData reference;
    private final Regions regions;

    ReferencePages(ReferenceData reference, Regions regions) {
        this.reference = reference;
        this.regions = regions;
    }

    @GetMapping("/zones")
    String zones(@RequestParam(required = false) String province, @RequestParam(required = false) ZoneKind kind,
            @RequestParam(defaultValue = "0") int page, Model model) {
        RegionView selected = province == null || province.isBlank() ? null : regions.require(province);
        List<ZoneView> zones = reference.zones(selected == null ? null : selected.codePrefix(), kind);
        model.addAttribute("page", PageView.ofList(zones, Math.max(0, page), 50));
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("selectedProvince", selected);
        model.addAttribute("kind", kind);
        model.addAttribute("regions", regions);
        return "reference/zones";
    }

    @GetMapping("/clusters")
    String clusters(Model model) {
        List<org.chainatlas.reference.ClusterView> clusters = reference.clusters(null);
        // in English the provinces of a cluster are named from its cities (the source writes them in Chinese only)
        java.util.Map<Long, String> provinces = new java.util.HashMap<>();
        for (org.chainatlas.reference.ClusterView c : clusters) {
            List<String> names = c.regionCodes().stream().map(code -> code.substring(0, 2) + "0000").distinct()
                    .map(code -> regions.find(code).map(RegionView::name).orElse(null)).filter(java.util.Objects::nonNull).toList();
            provinces.put(c.id(), names.isEmpty() || !org.chainatlas.platform.web.Localized.english()
                    ? (c.provincesZh() == null ? "" : c.provincesZh().replace(";", "、"))
                    : String.join(", ", names));
        }
        model.addAttribute("clusters", clusters);
        model.addAttribute("provinces", provinces);
        model.addAttribute("regions", regions);
        return "reference/clusters";
    }

    @GetMapping("/chain-systems")
    String chainSystems(Model model) {
        model.addAttribute("systems", reference.chainSystems(null));
        model.addAttribute("regions", regions);
        return "reference/chain-systems";
    }
}
