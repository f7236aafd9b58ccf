/**
 * Enterprises and where they operate in each chain segment; the source of a region's segment presence
 * on the chain map. Demo enterprises are generated deterministically into an empty database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises")
package org.chainatlas.enterprise;
