package org.chainatlas.importing;

import java.time.Instant;

/**
 * An import as it runs and after: rows read so far, good and bad rows, rows stored, and the first errors (all of
 * them are in the error file). Status QUEUED, CHECKING, STORING, DONE (with or without bad rows) or FAILED.
 */
public record ImportJobView(long id, ImportKind kind, ImportMode mode, String fileName, String status, int totalRows,
        int processedRows, int goodRows, int badRows, int storedRows, String message, boolean hasErrorFile, String createdBy,
        Instant createdAt, Instant finishedAt) {
}
