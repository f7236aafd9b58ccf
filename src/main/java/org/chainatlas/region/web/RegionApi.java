package org.chainatlas.region.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.PageView;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "GB/T 2260 provinces and prefecture-level divisions")
class RegionApi {

    private final Regions regions;

    RegionApi(Regions regions) {
        this.regions = regions;
    }

    record RegionJson(String code, String nameZh, String nameEn, RegionLevel level, String parentCode,
            double longitude, double latitude) {
        static RegionJson of(RegionView r) {
            return new RegionJson(r.code(), r.nameZh(), r.nameEn(), r.level(), r.parentCode(), r.longitude(), r.latitude());
        }
    }

    record DistanceJson(String from, String to, double distanceKm) {
    }

    @GetMapping
    @Operation(summary = "List regions, filtered by level, parent province or name")
    PageView<RegionJson> list(@RequestParam(required = false) RegionLevel level,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (parent != null && regions.find(parent).isEmpty()) {
            throw InvalidInput.of("parent", "unknown region code '" + parent + "'");
        }
        String needle = q == null ? null : q.strip().toLowerCase(Locale.ROOT);
        List<RegionJson> matches = regions.all().stream()
                .filter(r -> level == null || r.level() == level)
                .filter(r -> parent == null || parent.equals(r.parentCode()))
                .filter(r -> needle == null || r.nameZh().contains(needle) || r.nameEn().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(RegionView::code))
                .map(RegionJson::of).toList();
        return PageView.ofList(matches, page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region by its GB/T 2260 code")
    RegionJson one(@PathVariable String code) {
        return RegionJson.of(regions.require(code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "Prefecture-level divisions and county-level units directly under a province")
    List<RegionJson> children(@PathVariable String code) {
        return regions.children(regions.require(code).code()).stream().map(RegionJson::of).toList();
    }

    @GetMapping("/distance")
    @Operation(summary = "Great-circle distance in km between two regions' reference points")
    DistanceJson distance(@RequestParam String from, @RequestParam String to) {
        RegionView a = regions.find(from).orElseThrow(() -> InvalidInput.of("from", "unknown region code '" + from + "'"));
        RegionView b = regions.find(to).orElseThrow(() -> InvalidInput.of("to", "unknown region code '" + to + "'"));
        return new DistanceJson(a.code(), b.code(), Math.round(a.point().distanceKm(b.point()) * 10) / 10.0);
    }
}
