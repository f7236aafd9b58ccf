package org.chainatlas.platform.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Abuse limits in front of everything (before security): sign-in attempts and searches per client address, and
 * the size of request bodies (uploads go to the multipart endpoints, which have their own limit). Exceeding a
 * limit gets 429 or 413 with a short explanation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGuard extends OncePerRequestFilter {

    private final RateLimits limits;
    private final RateLimits.Rule login;
    private final RateLimits.Rule search;
    private final long maxBodyBytes;

    RequestGuard(RateLimits limits, @Value("${chainatlas.rate-limit.login-per-minute:20}") long loginPerMinute,
            @Value("${chainatlas.rate-limit.search-per-minute:120}") long searchPerMinute,
            @Value("${chainatlas.limits.max-body-bytes:2097152}") long maxBodyBytes) {
        this.limits = limits;
        this.login = new RateLimits.Rule("sign-in", loginPerMinute, Duration.ofMinutes(1));
        this.search = new RateLimits.Rule("search", searchPerMinute, Duration.ofMinutes(1));
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String client = request.getRemoteAddr();
        boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > maxBodyBytes) {
            reject(response, 413, "request body larger than " + maxBodyBytes + " bytes");
            return;
        }
        if ("POST".equals(request.getMethod()) && (path.equals("/login") || path.equals("/password/forgot"))
                && !limits.tryConsume(login, client)) {
            reject(response, 429, "too many sign-in attempts from this address; wait a minute");
            return;
        }
        boolean searching = path.equals("/search") || path.equals("/api/v1/search")
                || ((path.equals("/enterprises") || path.equals("/api/v1/enterprises")) && request.getParameter("q") != null);
        if ("GET".equals(request.getMethod()) && searching && !limits.tryConsume(search, client)) {
            reject(response, 429, "too many searches from this address; wait a minute");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("Retry-After", "60");
        response.getWriter().write("{\"title\":\"" + (status == 429 ? "Too many requests" : "Payload too large")
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
