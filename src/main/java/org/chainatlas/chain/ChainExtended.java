package org.chainatlas.chain;

/** A stored chain gained segments from its built-in file (an installation made before they were written). */
public record ChainExtended(String code, int segmentsAdded) {
}
