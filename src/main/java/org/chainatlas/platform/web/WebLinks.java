package org.chainatlas.platform.web;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Outside links on pages ({@code th:href="${@links.safe(url)}"}): only http and https addresses are rendered as links;
 * anything else (javascript:, data:, a relative path) gives null, and Thymeleaf then leaves the href out.
 */
@Component("links")
public class WebLinks {

    private static final Pattern WEB = Pattern.compile("https?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);

    public String safe(String url) {
        return url != null && WEB.matcher(url.strip()).matches() ? url.strip() : null;
    }
}
