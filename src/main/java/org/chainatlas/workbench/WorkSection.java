package org.chainatlas.workbench;

import java.util.List;

/**
 * One block of a workbench: a title (message key), how many things it holds in all ({@code count}), the first
 * few of them as items to act on, or figures (a funnel or counts by stage), and the page that lists them all.
 * {@code order}: lower comes first; {@code urgent}: the count is work that is late or waiting on this user.
 */
public record WorkSection(String id, int order, String titleKey, long count, boolean urgent, List<WorkItem> items,
        List<Figure> figures, String moreUrl) {

    /** How many items a section shows; the rest are behind its link. */
    public static final int SHOWN = 6;

    public WorkSection {
        items = List.copyOf(items);
        figures = List.copyOf(figures);
    }

    public static WorkSection ofItems(String id, int order, String titleKey, long count, boolean urgent, List<WorkItem> items,
            String moreUrl) {
        return new WorkSection(id, order, titleKey, count, urgent, items, List.of(), moreUrl);
    }

    public static WorkSection ofFigures(String id, int order, String titleKey, List<Figure> figures, String moreUrl) {
        return new WorkSection(id, order, titleKey, figures.stream().mapToLong(Figure::value).sum(), false, List.of(), figures,
                moreUrl);
    }

    /** The largest figure (for drawing bars relative to it), at least 1. */
    public long maxFigure() {
        return Math.max(1, figures.stream().mapToLong(Figure::value).max().orElse(1));
    }

    /** One number with its words and the list behind it. */
    public record Figure(String label, long value, String url) {
    }
}
