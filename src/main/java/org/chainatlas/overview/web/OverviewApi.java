package org.chainatlas.overview.web;

import java.util.Map;

import org.chainatlas.account.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The overview's figures as JSON: a controller of the API, so that its errors are problem details as every API call's are
 * (in the page controller a caller without the right got the HTML error page, whatever it accepted — fact check 129).
 */
@RestController
class OverviewApi {

    private final OverviewPages pages;
    private final CurrentActor currentActor;

    OverviewApi(OverviewPages pages, CurrentActor currentActor) {
        this.pages = pages;
        this.currentActor = currentActor;
    }

    @GetMapping(value = "/api/v1/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The 产业大脑 overview of a region (default: the caller's own area): figures, "
            + "league of host places, monthly trend, origin → host flows, lead funnel")
    Map<String, Object> api(@RequestParam(required = false) String region) {
        return pages.charts(currentActor.require("see", "the overview"), region);
    }
}
