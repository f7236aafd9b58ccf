package org.chainatlas.chain.web;

import java.net.URI;
import java.util.List;

import org.chainatlas.chain.ChainDefinition;
import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.platform.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/chains")
@Tag(name = "Chains", description = "Chain atlas: chains, segments, supply edges, governance")
class ChainApi {

    private final Chains chains;

    ChainApi(Chains chains) {
        this.chains = chains;
    }

    @GetMapping
    @Operation(summary = "All chains")
    PageView<ChainView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageView.ofList(chains.all(), page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One chain")
    ChainView one(@PathVariable String code) {
        return chains.require(code);
    }

    @GetMapping("/{code}/graph")
    @Operation(summary = "A chain's segments (upstream → downstream), supply edges and governance")
    ChainGraph graph(@PathVariable String code) {
        return chains.graph(code);
    }

    @GetMapping("/{code}/nodes")
    @Operation(summary = "A chain's segments, upstream → downstream")
    PageView<ChainNodeView> nodes(@PathVariable String code, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return PageView.ofList(chains.nodes(code), page, size);
    }

    @GetMapping("/{code}/governance")
    @Operation(summary = "Chain-chief governance per province: chief, lead department, host and collaborating localities")
    List<GovernanceView> governance(@PathVariable String code) {
        return chains.graph(code).governance();
    }

    @PostMapping
    @Operation(summary = "Add a chain (login required). Same shape as the built-in data files.")
    ResponseEntity<ChainView> create(@RequestBody ChainDefinition definition) {
        ChainView created = chains.create(definition);
        return ResponseEntity.created(URI.create("/api/v1/chains/" + created.code())).body(created);
    }
}
