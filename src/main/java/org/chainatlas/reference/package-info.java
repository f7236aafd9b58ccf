/**
 * Public reference data: national development zones (ETDZ/HTZ), national advanced manufacturing clusters
 * and provincial key chain systems, copied from public sources with their source columns and linked to
 * region codes. Loaded at start, browsable, read-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.chainatlas.reference;
