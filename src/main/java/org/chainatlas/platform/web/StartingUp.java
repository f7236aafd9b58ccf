package org.chainatlas.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Until the platform is ready (its reference data, the catalogue zones, the listed companies and the demo loaded: the
 * application runners done), every page and API call but the health endpoints answers 503 with Retry-After, saying that
 * data is loading. The web server is up some forty seconds before that on a first start, and what it served in that
 * time was the country half loaded: fact checks 126 and 127 read 沈阳 without enterprises and 攀枝花 without its
 * vanadium and titanium, with status 200 and nothing to say the answer was incomplete.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
public class StartingUp extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "10";

    private final ObjectProvider<ApplicationAvailability> availability;
    /** The availability bean, looked up on the first request (not on every one). */
    private volatile ApplicationAvailability tracked;
    private volatile boolean looked;

    public StartingUp(ObjectProvider<ApplicationAvailability> availability) {
        this.availability = availability;
    }

    /** Ready when the application accepts traffic; a context without availability tracking (a slice test) is ready. */
    boolean ready() {
        if (!looked) {
            tracked = availability.getIfAvailable();
            looked = true;
        }
        return tracked == null || tracked.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path(request).startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"平台正在加载数据\",\"status\":503,"
                    + "\"detail\":\"开发区、上市公司与产业链数据正在载入，请稍后重试。The platform is loading its data; retry in a few seconds.\","
                    + "\"code\":\"starting-up\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">"
                    + "<title>产业转移对接平台 · 正在启动</title></head><body>"
                    + "<h1>平台正在加载数据</h1><p>开发区、上市公司与产业链数据正在载入，本页将自动刷新。</p>"
                    + "<p lang=\"en\">The platform is loading its data (development zones, listed companies, chains). "
                    + "This page refreshes by itself.</p></body></html>");
        }
    }
}
