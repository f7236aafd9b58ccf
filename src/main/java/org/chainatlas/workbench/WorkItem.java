package org.chainatlas.workbench;

import java.time.LocalDate;

/**
 * One thing to act on: what it is, a line of detail (already in the reader's language), the page where it is
 * done, and its date when it has one (a deadline, a meeting day); {@code late} marks a date already passed.
 */
public record WorkItem(String title, String detail, String url, LocalDate due, boolean late) {
}
