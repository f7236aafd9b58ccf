package org.chainatlas.chain;

/** 上游 / 中游 / 下游. */
public enum Stage {
    UPSTREAM, MIDSTREAM, DOWNSTREAM
}
