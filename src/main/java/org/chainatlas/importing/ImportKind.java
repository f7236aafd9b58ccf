package org.chainatlas.importing;

/** What a file imports. */
public enum ImportKind {
    ENTERPRISES, PARKS, OPPORTUNITIES, PROJECTS
}
