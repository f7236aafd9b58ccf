package org.chainatlas.lead;

/**
 * A new lead: the host region working it, the target enterprise, the chain (or the segment, which names its
 * chain), the park proposed (optional), where it came from and why.
 */
public record LeadForm(String regionCode, Long enterpriseId, String chainCode, Long nodeId, Long parkId, LeadOrigin origin,
        String reasonZh) {
}
