package org.chainatlas.enterprise.web;

import org.chainatlas.enterprise.SegmentPresence;
import org.chainatlas.enterprise.internal.EnterpriseFootprint;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.region.Regions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Chains")
class PresenceApi {

    private final EnterpriseFootprint footprint;
    private final Regions regions;

    PresenceApi(EnterpriseFootprint footprint, Regions regions) {
        this.footprint = footprint;
        this.regions = regions;
    }

    @GetMapping("/api/v1/chains/{code}/presence")
    @Operation(summary = "Each segment of a chain in a province or city: enterprise count and present / weak / missing")
    SegmentPresence presence(@PathVariable String code, @RequestParam String region) {
        if (regions.find(region).isEmpty()) {
            throw InvalidInput.of("region", "unknown region code '" + region + "'");
        }
        return footprint.presence(code, region);
    }
}
