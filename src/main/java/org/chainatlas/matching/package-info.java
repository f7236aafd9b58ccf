/**
 * Matching: explainable site recommendations for an enterprise's expansion need, chain-gap analysis with
 * target enterprises for a host locality (补链 / 强链 / 延链), and suppliers or customers within the supply
 * radius. Served from an in-memory, columnar index with a spatial grid per chain segment, built from the
 * database and refreshed on change events; the database stays the source of truth.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.chainatlas.matching;
