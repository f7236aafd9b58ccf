package org.chainatlas.park;

/** A key project is open for investors, under negotiation, signed, or withdrawn by its locality. */
public enum OpportunityStatus {
    OPEN, NEGOTIATING, SIGNED, WITHDRAWN
}
