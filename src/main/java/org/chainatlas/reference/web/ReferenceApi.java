package org.chainatlas.reference.web;

import java.util.List;

import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.PageView;
import org.chainatlas.reference.ChainSystemView;
import org.chainatlas.reference.ClusterView;
import org.chainatlas.reference.ReferenceData;
import org.chainatlas.reference.ZoneKind;
import org.chainatlas.reference.ZoneView;
import org.chainatlas.region.Regions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data", description = "National development zones, advanced manufacturing clusters, provincial chain systems")
class ReferenceApi {

    private final ReferenceData reference;
    private final Regions regions;

    ReferenceApi(ReferenceData reference, Regions regions) {
        this.reference = reference;
        this.regions = regions;
    }

    @GetMapping("/zones")
    @Operation(summary = "National development zones, optionally inside a region and of one kind")
    PageView<ZoneView> zones(@RequestParam(required = false) String region, @RequestParam(required = false) ZoneKind kind,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageView.ofList(reference.zones(prefix(region), kind), page, size);
    }

    @GetMapping("/clusters")
    @Operation(summary = "National advanced manufacturing clusters, optionally touching a region")
    PageView<ClusterView> clusters(@RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageView.ofList(reference.clusters(prefix(region)), page, size);
    }

    @GetMapping("/chain-systems")
    @Operation(summary = "Provincial key industrial chain systems (e.g. Sichuan 15+N, Chongqing 33618)")
    List<ChainSystemView> chainSystems(@RequestParam(required = false) String region) {
        return reference.chainSystems(prefix(region));
    }

    private String prefix(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        return regions.find(region).orElseThrow(() -> InvalidInput.of("region", "unknown region code '" + region + "'"))
                .codePrefix();
    }
}
