/**
 * Parks (重点园区) and the key projects they publish to attract investment (机遇清单): the per-chain
 * opportunity list (一链一清单) and per-locality lists, park pages with nearby enterprises of the same chain,
 * and Chinese full-text search. The national development zones of the reference data become parks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Parks and opportunities")
package org.chainatlas.park;
