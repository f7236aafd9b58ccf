package org.chainatlas.matching;

/** What a locality's chain lacks in a segment: 补链 (missing), 强链 (weak), 延链 (extend downstream). */
public enum GapKind {
    /** No producer, and the segment is not a natural downstream extension: fill the chain (补链). */
    MISSING,
    /** Producers, but clearly fewer than comparable localities have: strengthen (强链). */
    WEAK,
    /** No producer yet, but the segments that supply it are present locally: extend the chain (延链). */
    EXTEND,
    /** Present at least as strongly as in comparable localities. */
    NONE
}
