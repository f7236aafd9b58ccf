package org.chainatlas.enterprise;

/** What an enterprise is looking for. */
public enum NeedKind {
    /** A site to expand or relocate production to (扩产/转移意向). */
    EXPANSION,
    /** Suppliers of a segment (找供应商). */
    SUPPLIERS,
    /** Customers for its output in a segment (找客户). */
    CUSTOMERS
}
