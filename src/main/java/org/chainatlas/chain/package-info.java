/**
 * Chain atlas (一链一图谱): industrial chains as graphs of segments from upstream to downstream with
 * supply edges, and their governance under the chain-chief system (链长制). Built-in chains ship as
 * validated data files; more can be created through the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chain atlas")
package org.chainatlas.chain;
