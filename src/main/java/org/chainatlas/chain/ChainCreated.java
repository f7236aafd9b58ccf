package org.chainatlas.chain;

/** A chain was added to the atlas (from a built-in file or through the API). */
public record ChainCreated(String code, int nodeCount) {
}
