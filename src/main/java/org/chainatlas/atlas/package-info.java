/**
 * The public atlas pages that bring the modules together: the home page and the region pages (a region's
 * zones, clusters, chain systems and the chains it hosts, on a map).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Atlas pages")
package org.chainatlas.atlas;
