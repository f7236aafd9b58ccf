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

    public static <T> PageView<T> ofList(List<T> all, int page, int size) {
        int from = Math.min(page * size, all.size());
        int to = Math.min(from + size, all.size());
        int totalPages = size == 0 ? 0 : (all.size() + size - 1) / size;
        return new PageView<>(all.subList(from, to), page, size, all.size(), totalPages);
    }
}
