package org.chainatlas.platform.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links for list pages: the current request's URL without some parameters. */
public final class PageLinks {

    private PageLinks() {
    }

    /** The current path and query without {@code page} (and {@code lang}), ending in '?' or '&' for appending. */
    public static String pagerBase() {
        String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").replaceQueryParam("lang")
                .build().toUriString();
        String path = url.replaceFirst("^https?://[^/]+", "");
        return path + (path.contains("?") ? "&" : "?");
    }
}
