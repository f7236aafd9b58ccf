package org.chainatlas.matching.web;

import org.chainatlas.matching.Matching;
import org.chainatlas.matching.SegmentEvidence;
import org.chainatlas.matching.SegmentPresence;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Chains")
class PresenceApi {

    private final Matching matching;

    PresenceApi(Matching matching) {
        this.matching = matching;
    }

    @GetMapping("/api/v1/chains/{code}/presence")
    @Operation(summary = "Each segment of a chain in a province or city: present / weak / missing on real evidence "
            + "(listed companies' seats and plants weighted by size, catalogue zones), with the rule's threshold and sources")
    SegmentPresence presence(@PathVariable String code, @RequestParam String region) {
        return matching.presence(code, region).localized();
    }

    @GetMapping("/api/v1/chains/{code}/segments/{node}/evidence")
    @Operation(summary = "The enterprises, zones and key projects behind one segment's verdict in a region")
    SegmentEvidence evidence(@PathVariable String code, @PathVariable String node, @RequestParam String region) {
        return matching.evidence(code, node, region).localized();
    }
}
