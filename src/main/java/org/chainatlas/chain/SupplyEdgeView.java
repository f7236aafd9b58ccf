package org.chainatlas.chain;

/** {@code from} (a supplier segment) supplies {@code to}. */
public record SupplyEdgeView(String from, String to, double weight) {
}
