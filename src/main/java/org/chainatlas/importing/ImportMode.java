package org.chainatlas.importing;

/** GOOD_ROWS: store every good row and list the bad ones; ALL_OR_NOTHING: store nothing unless every row is good. */
public enum ImportMode {
    GOOD_ROWS, ALL_OR_NOTHING
}
