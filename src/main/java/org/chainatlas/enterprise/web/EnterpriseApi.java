package org.chainatlas.enterprise.web;

import java.net.URI;
import java.util.List;

import org.chainatlas.audit.AuditEntryView;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.enterprise.EnterpriseForm;
import org.chainatlas.enterprise.EnterpriseHit;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.enterprise.EnterpriseSearch;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.enterprise.NeedForm;
import org.chainatlas.enterprise.NeedView;
import org.chainatlas.enterprise.internal.EnterpriseRegistry;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.PageView;
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
@Tag(name = "Enterprises", description = "Enterprise registry: profiles, facilities, chain segments, needs")
class EnterpriseApi {

    private final EnterpriseRegistry registry;
    private final EnterpriseSearch search;
    private final Regions regions;
    private final AuditTrail audit;

    EnterpriseApi(EnterpriseRegistry registry, EnterpriseSearch search, Regions regions, AuditTrail audit) {
        this.registry = registry;
        this.search = search;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping("/enterprises")
    @Operation(summary = "Search enterprises (Chinese full text; a word naming a province or city also finds those producing there) "
            + "with filters by region (seat or plant: plantRegionCode names the plant), chain and tag")
    PageView<EnterpriseHit> list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String chain, @RequestParam(required = false) EnterpriseTag tag,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (region != null && !region.isBlank() && regions.find(region).isEmpty()) {
            throw InvalidInput.of("region", "unknown region code '" + region + "'");
        }
        return search.search(new EnterpriseQuery(q, region, chain, tag, page, size));
    }

    @PostMapping("/enterprises")
    @Operation(summary = "Register an enterprise (organisers of its region, its city's locality bureau, administrators; official tags: "
            + "organisers and administrators only)")
    ResponseEntity<EnterpriseView> create(@RequestBody EnterpriseForm form) {
        EnterpriseView created = registry.register(form);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.id())).body(created);
    }

    @GetMapping("/enterprises/{id}")
    @Operation(summary = "An enterprise's profile; the contact only for those allowed to see it")
    EnterpriseView one(@PathVariable long id) {
        return registry.require(id);
    }

    @PutMapping("/enterprises/{id}")
    @Operation(summary = "Edit an enterprise (its own users: their profile; organisers of its region and its city's locality bureau: "
            + "its identity too; official tags: organisers and administrators only). With If-Match: <version read>, an edit "
            + "over a newer version is refused (409) instead of overwriting it")
    EnterpriseView update(@PathVariable long id, @RequestBody EnterpriseForm form,
            @org.springframework.web.bind.annotation.RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return registry.update(id, form, org.chainatlas.platform.Versions.ifMatch(ifMatch));
    }

    @DeleteMapping("/enterprises/{id}")
    @Operation(summary = "Remove an enterprise (soft; restorable; organisers of its region, its city's locality bureau)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        registry.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/enterprises/{id}/restore")
    @Operation(summary = "Restore a removed enterprise")
    EnterpriseView restore(@PathVariable long id) {
        return registry.restore(id);
    }

    @GetMapping("/enterprises/{id}/needs")
    @Operation(summary = "The enterprise's needs the caller may see (its users, organisers of a target province, meeting partners)")
    List<NeedView> needs(@PathVariable long id) {
        return registry.needsOf(id);
    }

    @PostMapping("/enterprises/{id}/needs")
    @Operation(summary = "Add a need: a site to expand to, suppliers or customers wanted")
    ResponseEntity<NeedView> addNeed(@PathVariable long id, @RequestBody NeedForm form) {
        NeedView created = registry.addNeed(id, form);
        return ResponseEntity.created(URI.create("/api/v1/needs/" + created.id())).body(created);
    }

    @GetMapping("/needs/{id}")
    @Operation(summary = "One need (404 unless the caller may see it)")
    NeedView need(@PathVariable long id) {
        return registry.need(id).orElseThrow(() -> new NotFound("need", id));
    }

    @PutMapping("/needs/{id}")
    @Operation(summary = "Edit or close a need")
    NeedView updateNeed(@PathVariable long id, @RequestBody NeedForm form) {
        return registry.updateNeed(id, form);
    }

    @GetMapping("/enterprises/{id}/history")
    @Operation(summary = "The audit trail of an enterprise (its users, organisers of its region)")
    List<AuditEntryView> history(@PathVariable long id) {
        if (!registry.mayEdit(id)) {
            throw new Forbidden("read the history of", "enterprise " + id);
        }
        return audit.history("enterprise", id);
    }
}
