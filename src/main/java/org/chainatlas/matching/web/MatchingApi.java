package org.chainatlas.matching.web;

import java.util.List;
import java.util.Map;

import org.chainatlas.matching.GapAnalysis;
import org.chainatlas.matching.Matching;
import org.chainatlas.matching.PartnerResult;
import org.chainatlas.matching.SiteQuery;
import org.chainatlas.matching.SiteRecommendation;
import org.chainatlas.matching.Weights;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/match")
@Tag(name = "Matching", description = "Site recommendations, chain-gap targets, suppliers and customers — every score explained")
class MatchingApi {

    private final Matching matching;
    private final GapExport export;

    MatchingApi(Matching matching, GapExport export) {
        this.matching = matching;
        this.export = export;
    }

    @GetMapping("/sites")
    @Operation(summary = "Zones ranked for building a segment (node), a product or industry (industry), or a stored expansion "
            + "need (need); the asking enterprise (enterprise), its home region (home) and anchor customers (anchors) set proximity; "
            + "weights as w_fit, w_cluster, … ; perCity caps the parks of one city (0: none); every factor's contribution explained")
    SiteRecommendation sites(@RequestParam(required = false) Long need, @RequestParam(required = false) Long node,
            @RequestParam(required = false) String industry, @RequestParam(required = false) Long investmentCny,
            @RequestParam(required = false) Double landMu, @RequestParam(required = false) Double energyMwh,
            @RequestParam(required = false) List<String> provinces, @RequestParam(defaultValue = "false") boolean otherProvinces,
            @RequestParam(required = false) Double radiusKm, @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) String home, @RequestParam(required = false) List<Long> anchors,
            @RequestParam Map<String, String> params, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(defaultValue = "0") int perCity) {
        Weights weights = WeightParams.from(params);
        if (need != null) {
            return matching.sitesForNeed(need, radiusKm, weights, otherProvinces);
        }
        if (limit < 1 || limit > 5000) {
            throw org.chainatlas.platform.InvalidInput.of("limit", "must be between 1 and 5000");
        }
        if (perCity < 0) {
            throw org.chainatlas.platform.InvalidInput.of("perCity", "must be 0 (no cap) or more");
        }
        SiteRecommendation ranked = matching.sites(new SiteQuery(node, industry, investmentCny, landMu, energyMwh, provinces,
                otherProvinces, radiusKm, weights, enterprise, home == null || home.isBlank() ? null : home, anchors,
                SiteRecommendation.candidatesToRank(perCity, limit)));
        return ranked.atMostPerCity(perCity, limit);
    }

    @GetMapping("/gaps")
    @Operation(summary = "A locality's chain segment by segment (missing / weak / extend) with target enterprises per gap")
    GapAnalysis gaps(@RequestParam String region, @RequestParam String chain, @RequestParam(defaultValue = "10") int targets) {
        return matching.gaps(region, chain, targets);
    }

    @GetMapping("/gaps/export")
    @Operation(summary = "The target enterprises of a gap analysis as an Excel workbook")
    ResponseEntity<byte[]> exportGaps(@RequestParam String region, @RequestParam String chain,
            @RequestParam(defaultValue = "50") int targets) {
        return export.download(matching.gaps(region, chain, targets));
    }

    @GetMapping("/partners")
    @Operation(summary = "Suppliers (SUPPLIERS need) or customers (CUSTOMERS need) within the radius, with reasons")
    PartnerResult partners(@RequestParam long need, @RequestParam(required = false) Double radiusKm,
            @RequestParam(defaultValue = "30") int limit) {
        return matching.partnersForNeed(need, radiusKm, limit);
    }
}
