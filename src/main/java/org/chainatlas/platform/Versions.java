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

    /**
     * The version an API client read, from an {@code If-Match} header holding the {@code version} of the resource
     * ({@code If-Match: 7} or {@code "7"}, a weak {@code W/} prefix allowed); null without the header (no check). A value
     * that is no version is a refusal of the header, not a silent overwrite.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.coded("If-Match", "error.ifMatch", "If-Match must hold the version read (a whole number), got '"
                    + header + "'", header);
        }
    }
}
