package org.chainatlas.lead;

/** Where a lead came from: a gap list's target, a site recommendation for the enterprise, or entered by hand. */
public enum LeadOrigin {
    GAP, SITE, MANUAL
}
