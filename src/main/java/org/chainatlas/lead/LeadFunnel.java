package org.chainatlas.lead;

import java.util.Map;

/** The lead funnel as other modules read it (the overview): what the signed-in user sees, under a region or all. */
public interface LeadFunnel {

    /** How many leads reached each stage of {@link LeadStage#FUNNEL}, and how many were dropped. */
    Map<LeadStage, Long> funnel(String region);
}
