package org.chainatlas.lead.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.chainatlas.account.CurrentActor;
import org.chainatlas.matching.TargetLeads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the gap analysis which of its targets the place already works as leads (to its own staff only). */
@Component
class LeadTargets implements TargetLeads {

    private final Leads leads;
    private final CurrentActor currentActor;

    LeadTargets(Leads leads, CurrentActor currentActor) {
        this.leads = leads;
        this.currentActor = currentActor;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Known> known(String regionCode, String chainCode, Collection<Long> enterpriseIds) {
        Map<Long, Known> known = new HashMap<>();
        if (regionCode == null || chainCode == null || enterpriseIds.isEmpty()
                || !currentActor.get().map(a -> a.governs(regionCode)).orElse(false)) {
            return known;
        }
        for (Lead lead : leads.findByRegionCodeAndChainCodeAndEnterpriseIdIn(regionCode, chainCode, enterpriseIds)) {
            known.put(lead.enterpriseId(), new Known(lead.id(), lead.stage().name()));
        }
        return known;
    }
}
