/**
 * Regions of China (GB/T 2260): provinces, prefecture-level divisions and county-level units directly
 * under a province, with coordinates and great-circle distances. Loaded idempotently at start from a
 * resource file built from public packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package org.chainatlas.region;
