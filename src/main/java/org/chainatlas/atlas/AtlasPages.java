package org.chainatlas.atlas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.reference.ReferenceData;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AtlasPages {

    private final Chains chains;
    private final Regions regions;
    private final ReferenceData reference;

    private final org.chainatlas.park.ParkCatalog parks;
    private final org.chainatlas.enterprise.EnterpriseCatalog enterprises;

    AtlasPages(Chains chains, Regions regions, ReferenceData reference, org.chainatlas.park.ParkCatalog parks,
            org.chainatlas.enterprise.EnterpriseCatalog enterprises) {
        this.parks = parks;
        this.enterprises = enterprises;
        this.chains = chains;
        this.regions = regions;
        this.reference = reference;
    }

    /** A chain the region takes part in, and how. */
    record HostedChain(ChainView chain, String role, GovernanceView governance) {
    }

    /** One point on a map: a region with a value and a name to match map features. */
    record MapPoint(String code, String name, String mapName, double longitude, double latitude, long value) {
    }

    static final int HOME_CHAINS = 24;

    @GetMapping("/")
    String home(Model model) {
        List<ChainView> all = chains.all();
        // Built-in chains first, at most HOME_CHAINS on the home page (the list page has them all): the page stays the
        // same size however many chains administrators add.
        model.addAttribute("chains", all.stream().sorted(java.util.Comparator.comparing((ChainView c) -> !"BUILT_IN".equals(c.origin())))
                .limit(HOME_CHAINS).toList());
        model.addAttribute("chainTotal", all.size());
        model.addAttribute("nodeCount", all.stream().mapToInt(ChainView::nodeCount).sum());
        model.addAttribute("prefectureCount", regions.all().stream().filter(r -> r.level() != RegionLevel.PROVINCE).count());
        model.addAttribute("zoneCount", parks.count());
        model.addAttribute("clusterCount", reference.clusterCount());
        model.addAttribute("provincePoints", provincePoints());
        return "atlas/home";
    }

    @GetMapping("/regions")
    String regionList(Model model) {
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("provincePoints", provincePoints());
        return "atlas/regions";
    }

    /** Zones a region page lists in full; a province with more links to the park list for the rest. */
    static final int REGION_ZONES = 60;
    /** Enterprises a region page names in each of its two lists. */
    static final int REGION_ENTERPRISES = 10;

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, Model model) {
        RegionView region = regions.require(code);
        RegionView province = regions.require(region.provinceCode());
        String prefix = region.codePrefix();
        // the development zones of the 2018 catalogue (and parks localities added), national ones first
        List<org.chainatlas.park.ParkView> zones = parks.parksIn(region.code()).stream()
                .sorted(java.util.Comparator.comparing((org.chainatlas.park.ParkView p) -> p.catalogue() == null || !p.catalogue().national())
                        .thenComparing(org.chainatlas.park.ParkView::regionCode).thenComparing(org.chainatlas.park.ParkView::id))
                .toList();
        Map<String, Long> zonesByPlace = parks.countsByRegion(province.code());
        List<RegionView> places = regions.children(province.code());
        List<MapPoint> points = (places.isEmpty() ? List.of(province) : places).stream()
                .map(r -> new MapPoint(r.code(), r.name(), r.mapName(), r.longitude(), r.latitude(),
                        places.isEmpty() ? zonesByPlace.values().stream().mapToLong(Long::longValue).sum()
                                : zonesByPlace.getOrDefault(r.code(), 0L)))
                .toList();
        model.addAttribute("region", region);
        model.addAttribute("province", province);
        model.addAttribute("children", region.level() == RegionLevel.PROVINCE ? places : List.of());
        model.addAttribute("zones", zones.stream().limit(REGION_ZONES).toList());
        model.addAttribute("zoneTotal", zones.size());
        model.addAttribute("nationalZones", zones.stream().filter(z -> z.catalogue() != null && z.catalogue().national()).count());
        model.addAttribute("provincialZones", zones.stream().filter(z -> z.catalogue() != null && !z.catalogue().national()).count());
        model.addAttribute("enterprises", enterprises.inRegion(region.code(), REGION_ENTERPRISES));
        model.addAttribute("clusters", reference.clusters(prefix));
        model.addAttribute("systems", reference.chainSystems(prefix));
        model.addAttribute("hosted", hostedChains(region));
        model.addAttribute("points", points);
        model.addAttribute("regions", regions);
        return "atlas/region";
    }

    private List<HostedChain> hostedChains(RegionView region) {
        return chains.governanceTouching(region.codePrefix()).stream().map(g -> {
            String role = g.primaryHostCodes().stream().anyMatch(region::contains) ? "host"
                    : g.collaboratingCodes().stream().anyMatch(region::contains) ? "collaborating" : "province";
            return new HostedChain(chains.require(g.chainCode()), role, g);
        }).toList();
    }

    /** Zones per province on the home and region-list maps, read again at most every {@link #POINTS_FOR_NANOS}. */
    private record Points(List<MapPoint> points, long readAt) {
    }

    static final long POINTS_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    private volatile Points points;

    /** The home page is the most visited page: its map's counts are kept for 30 s instead of grouped on every request. */
    private List<MapPoint> provincePoints() {
        Points current = points;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > POINTS_FOR_NANOS) {
            current = new Points(readProvincePoints(), now);
            points = current;
        }
        return current.points();
    }

    private List<MapPoint> readProvincePoints() {
        Map<String, Long> zonesByProvince = new HashMap<>();
        parks.countsByRegion(null).forEach((code, n) -> zonesByProvince.merge(code.substring(0, 2), n, Long::sum));
        return regions.provinces().stream().map(p -> new MapPoint(p.code(), p.name(), p.mapName(), p.longitude(),
                p.latitude(), zonesByProvince.getOrDefault(p.code().substring(0, 2), 0L))).toList();
    }
}
