package org.chainatlas.matching;

/** What a locality's chain lacks in a segment: 补链 (missing), 强链 (weak), 延链 (extend downstream). */
public enum GapKind {
    /** No evidence of the segment, and it is not a natural extension of what is present: fill the chain (补链). */
    MISSING,
    /** Some evidence, but below the presence threshold or under half of what peer localities have: strengthen (强链). */
    WEAK,
    /** No evidence yet, but the segments that supply it are present locally: extend the chain (延链). */
    EXTEND,
    /** Present, and at least half as strong as in the peer localities. */
    NONE
}
