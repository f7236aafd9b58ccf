package org.chainatlas.matching;

import java.util.Collection;
import java.util.Map;

/**
 * What a locality already does about the target enterprises of its gap analysis: the leads it has for them (the lead
 * module answers; matching does not depend on it). Only for a reader who works that place's leads; empty otherwise.
 */
public interface TargetLeads {

    /** A lead that exists for the place, the enterprise and the chain; {@code stage} is its stage's name. */
    record Known(long leadId, String stage) {
    }

    /** The leads of the place for the chain, by enterprise id, among {@code enterpriseIds}. */
    Map<Long, Known> known(String regionCode, String chainCode, Collection<Long> enterpriseIds);
}
