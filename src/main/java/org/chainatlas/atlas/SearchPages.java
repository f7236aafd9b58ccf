package org.chainatlas.atlas;


import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseHit;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.enterprise.EnterpriseSearch;
import org.chainatlas.park.ParkCatalog;
import org.chainatlas.park.ParkHit;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.PageView;
import org.chainatlas.platform.web.PageLinks;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;


/** One search over enterprises, parks and opportunities (Chinese full text), with region and chain filters. */
@Controller
class SearchPages {

    /** Both result lists of one search. */
    record SearchResults(PageView<EnterpriseHit> enterprises, PageView<ParkHit> parks) {
    }

    private final EnterpriseSearch enterprises;
    private final ParkCatalog parks;
    private final Regions regions;
    private final Chains chains;

    SearchPages(EnterpriseSearch enterprises, ParkCatalog parks, Regions regions, Chains chains) {
        this.enterprises = enterprises;
        this.parks = parks;
        this.regions = regions;
        this.chains = chains;
    }

    SearchResults run(String q, String region, String chain, int page, int size) {
        if (region != null && !region.isBlank() && regions.find(region).isEmpty()) {
            throw InvalidInput.coded("region", "error.unknownRegion", "unknown region code '" + region + "'", region);
        }
        if (chain != null && !chain.isBlank() && chains.find(chain).isEmpty()) {
            throw InvalidInput.coded("chain", "error.unknownChain", "unknown chain '" + chain + "'", chain);
        }
        if (q != null && q.length() > 200) {
            throw InvalidInput.coded("q", "error.atMost", "at most 200 characters", 200);
        }
        String r = region == null || region.isBlank() ? null : region;
        String c = chain == null || chain.isBlank() ? null : chain;
        return new SearchResults(enterprises.search(new EnterpriseQuery(q, r, c, null, page, size)),
                parks.search(q, r, c, page, size));
    }

    @GetMapping("/search")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
            @RequestParam(required = false) String chain, @RequestParam(defaultValue = "0") int page, Model model) {
        RegionView selected = province == null || province.isBlank() ? null : regions.require(province);
        SearchResults results = run(q, selected == null ? null : selected.code(), chain, Math.max(0, page), 15);
        model.addAttribute("results", results);
        model.addAttribute("q", q);
        model.addAttribute("province", selected);
        model.addAttribute("chain", chain);
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("chains", chains.all());
        model.addAttribute("chainNames", chains.names());
        model.addAttribute("regions", regions);
        model.addAttribute("pagerBase", PageLinks.pagerBase());
        return "atlas/search";
    }
}
