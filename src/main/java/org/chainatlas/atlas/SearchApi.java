package org.chainatlas.atlas;

import org.chainatlas.platform.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Search", description = "Chinese full-text search over enterprises, parks and opportunities")
class SearchApi {

    private final SearchPages search;

    SearchApi(SearchPages search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search enterprises, parks and opportunities at once (highlighted matches in <mark>)")
    SearchPages.SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String chain, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size) {
        if (page < 0) {
            throw InvalidInput.of("page", "must not be negative");
        }
        if (size < 1 || size > 100) {
            throw InvalidInput.of("size", "must be between 1 and 100");
        }
        return search.run(q, region, chain, page, size);
    }
}
