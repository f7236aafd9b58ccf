package org.chainatlas.park.web;

import java.net.URI;
import java.util.List;

import org.chainatlas.audit.AuditEntryView;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.NearbyEnterprise;
import org.chainatlas.park.OpportunityFilter;
import org.chainatlas.park.OpportunityForm;
import org.chainatlas.park.OpportunityStatus;
import org.chainatlas.park.OpportunityView;
import org.chainatlas.park.ParkForm;
import org.chainatlas.park.ParkKind;
import org.chainatlas.park.ParkView;
import org.chainatlas.park.internal.ParkRegistry;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.PageView;
import org.chainatlas.region.GeoPoint;
import org.chainatlas.region.Regions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Parks and opportunities", description = "Parks, key projects (机遇清单), per-chain and per-locality lists")
class ParkApi {

    private final ParkRegistry registry;
    private final Regions regions;
    private final Chains chains;
    private final EnterpriseCatalog enterprises;
    private final AuditTrail audit;

    ParkApi(ParkRegistry registry, Regions regions, Chains chains, EnterpriseCatalog enterprises, AuditTrail audit) {
        this.registry = registry;
        this.regions = regions;
        this.chains = chains;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    @GetMapping("/parks")
    @Operation(summary = "Parks, filtered by region, kind and leading chain")
    PageView<ParkView> parks(@RequestParam(required = false) String region, @RequestParam(required = false) ParkKind kind,
            @RequestParam(required = false) String chain, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        checkRegion(region);
        List<ParkView> all = registry.parksIn(region == null || region.isBlank() ? null : region).stream()
                .filter(p -> kind == null || p.kind() == kind)
                .filter(p -> chain == null || chain.isBlank() || p.chainCodes().contains(chain)).toList();
        return PageView.ofList(all, page, size);
    }

    @PostMapping("/parks")
    @Operation(summary = "Publish a park (administrators, organisers and locality officers of its region)")
    ResponseEntity<ParkView> createPark(@RequestBody ParkForm form) {
        ParkView created = registry.createPark(form);
        return ResponseEntity.created(URI.create("/api/v1/parks/" + created.id())).body(created);
    }

    @GetMapping("/parks/{id}")
    @Operation(summary = "One park")
    ParkView park(@PathVariable long id) {
        return registry.require(id);
    }

    @PutMapping("/parks/{id}")
    @Operation(summary = "Edit a park (its locality); editing also marks it verified. With If-Match: <version read>, an edit "
            + "over a newer version is refused (409) instead of overwriting it")
    ParkView updatePark(@PathVariable long id, @RequestBody ParkForm form,
            @org.springframework.web.bind.annotation.RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return registry.updatePark(id, form, org.chainatlas.platform.Versions.ifMatch(ifMatch));
    }

    @PostMapping("/parks/{id}/verify")
    @Operation(summary = "Confirm a park's data is current (resets the 180-day staleness)")
    ParkView verifyPark(@PathVariable long id) {
        return registry.verifyPark(id);
    }

    @DeleteMapping("/parks/{id}")
    @Operation(summary = "Remove a park (soft; restorable)")
    ResponseEntity<Void> deletePark(@PathVariable long id) {
        registry.deletePark(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/parks/{id}/restore")
    @Operation(summary = "Restore a removed park")
    ParkView restorePark(@PathVariable long id) {
        return registry.restorePark(id);
    }

    @GetMapping("/parks/{id}/history")
    @Operation(summary = "Audit trail of a park: every change with old and new values")
    List<AuditEntryView> parkHistory(@PathVariable long id) {
        if (!registry.mayEditPark(id)) {
            throw new Forbidden("read the history of", "park " + id);
        }
        return audit.history("park", id);
    }

    @GetMapping("/parks/{id}/nearby")
    @Operation(summary = "Enterprises producing in a chain's segments within a radius of the park, nearest first")
    List<NearbyEnterprise> nearby(@PathVariable long id, @RequestParam String chain,
            @RequestParam(defaultValue = "100") double radiusKm) {
        ParkView park = registry.require(id);
        if (chains.find(chain).isEmpty()) {
            throw InvalidInput.of("chain", "unknown chain '" + chain + "'");
        }
        if (!(radiusKm > 0 && radiusKm <= 2000)) {
            throw InvalidInput.coded("radiusKm", "error.radius", radiusKm + " must be greater than 0 and at most 2000 km",
                    String.valueOf(radiusKm), 2000);
        }
        return enterprises.producersNear(chains.nodes(chain).stream().map(ChainNodeView::id).toList(),
                new GeoPoint(park.longitude(), park.latitude()), radiusKm, 500);
    }

    @GetMapping("/opportunities")
    @Operation(summary = "Opportunity list (一链一清单 with chain=…, a locality's list with region=…); stale entries last")
    PageView<OpportunityView> opportunities(@RequestParam(required = false) String region,
            @RequestParam(required = false) String chain, @RequestParam(required = false) Long node,
            @RequestParam(required = false) ParkKind parkKind, @RequestParam(required = false) Double minLandMu,
            @RequestParam(required = false) Long minInvestmentCny, @RequestParam(required = false) Long maxInvestmentCny,
            @RequestParam(required = false) List<OpportunityStatus> status,
            @RequestParam(defaultValue = "VERIFIED") OpportunityFilter.Sort sort,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        checkRegion(region);
        if (chain != null && !chain.isBlank() && chains.find(chain).isEmpty()) {
            throw InvalidInput.of("chain", "unknown chain '" + chain + "'");
        }
        if (node != null && chains.node(node).isEmpty()) {
            throw InvalidInput.of("node", "unknown segment id " + node);
        }
        if (minInvestmentCny != null && maxInvestmentCny != null && minInvestmentCny > maxInvestmentCny) {
            throw InvalidInput.of("minInvestmentCny", "is greater than maxInvestmentCny");
        }
        return registry.opportunities(new OpportunityFilter(region, chain, node, parkKind, minLandMu, minInvestmentCny,
                maxInvestmentCny, status, sort, page, size));
    }

    @PostMapping("/opportunities")
    @Operation(summary = "Publish a key project seeking investment in a park")
    ResponseEntity<OpportunityView> createOpportunity(@RequestBody OpportunityForm form) {
        OpportunityView created = registry.createOpportunity(form);
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + created.id())).body(created);
    }

    @GetMapping("/opportunities/{id}")
    @Operation(summary = "One opportunity")
    OpportunityView opportunity(@PathVariable long id) {
        return registry.opportunity(id).orElseThrow(() -> new NotFound("opportunity", id));
    }

    @PutMapping("/opportunities/{id}")
    @Operation(summary = "Edit an opportunity (also marks it verified)")
    OpportunityView updateOpportunity(@PathVariable long id, @RequestBody OpportunityForm form) {
        return registry.updateOpportunity(id, form);
    }

    @DeleteMapping("/opportunities/{id}")
    @Operation(summary = "Withdraw an opportunity (soft delete)")
    ResponseEntity<Void> deleteOpportunity(@PathVariable long id) {
        registry.deleteOpportunity(id);
        return ResponseEntity.noContent().build();
    }

    private void checkRegion(String region) {
        if (region != null && !region.isBlank() && regions.find(region).isEmpty()) {
            throw InvalidInput.of("region", "unknown region code '" + region + "'");
        }
    }
}
