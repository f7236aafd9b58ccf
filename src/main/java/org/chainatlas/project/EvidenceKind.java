package org.chainatlas.project;

/** What an evidence file proves: the contract, the land certificate, a payment, the construction permit, a photo. */
public enum EvidenceKind {
    CONTRACT, LAND_CERTIFICATE, PAYMENT_PROOF, CONSTRUCTION_PERMIT, SITE_PHOTO, OTHER
}
