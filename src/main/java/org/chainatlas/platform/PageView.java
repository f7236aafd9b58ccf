package org.chainatlas.platform;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of API results: stable JSON shape independent of Spring Data internals. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** The deepest row a database list pages to. */
    public static final int MAX_OFFSET = 1_000_000;
    /** The deepest hit a full-text search pages to (a search engine collects every hit before the page). */
    public static final int MAX_SEARCH_OFFSET = 10_000;

    /**
     * The first row of a page, computed without overflow and clamped, so that a hostile page number (e.g.
     * 2147483647) gives an empty page instead of a negative offset: pages below 0 are page 0.
     */
    public static int offset(int page, int size) {
        return (int) Math.min((long) Math.max(0, page) * Math.max(0, size), MAX_OFFSET);
    }

    /** {@link #offset} for full-text searches: no deeper than {@link #MAX_SEARCH_OFFSET}. */
    public static int searchOffset(int page, int size) {
        return Math.min(offset(page, size), MAX_SEARCH_OFFSET);
    }

    public static <T> PageView<T> ofList(List<T> all, int page, int size) {
        int from = Math.min(offset(page, size), all.size());
        int to = Math.min(from + size, all.size());
        int totalPages = size == 0 ? 0 : (all.size() + size - 1) / size;
        return new PageView<>(all.subList(from, to), page, size, all.size(), totalPages);
    }
}
