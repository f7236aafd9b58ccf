package org.chainatlas.platform;

/**
 * Optimistic concurrency for edit forms: a form carries the version of the record it was opened on, and saving it
 * over a newer version is a conflict the user sees (with what to do), never a silent overwrite of the other save.
 */
public final class Versions {

    private Versions() {
    }

    /** Throws {@link Conflict} on field {@code version} when a form opened on {@code expected} meets {@code actual}. */
    public static void require(String what, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new Conflict("version", what + " was changed by someone else after you opened this form (version "
                    + expected + ", now " + actual + "); nothing was saved: reload it and apply your change again",
                    "error.versionConflict", expected, actual);
        }
    }
}
