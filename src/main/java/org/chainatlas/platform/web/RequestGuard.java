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
 * failed HTTP Basic sign-ins and registrations per client address, and the size of request bodies, also those sent
 * without a length (uploads go to the multipart endpoints, which have their own limit). Exceeding a limit gets 429
 * or 413 with a short explanation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGuard extends OncePerRequestFilter {

    private final RateLimits limits;
    private final RateLimits.Rule login;
    private final RateLimits.Rule search;
    private final RateLimits.Rule basicFailures;
    private final RateLimits.Rule register;
    private final long maxBodyBytes;

    RequestGuard(RateLimits limits, @Value("${chainatlas.rate-limit.login-per-minute:20}") long loginPerMinute,
            @Value("${chainatlas.rate-limit.search-per-minute:120}") long searchPerMinute,
            @Value("${chainatlas.rate-limit.register-per-hour:10}") long registerPerHour,
            @Value("${chainatlas.rate-limit.basic-failures-per-minute:20}") long basicFailuresPerMinute,
            @Value("${chainatlas.limits.max-body-bytes:2097152}") long maxBodyBytes) {
        this.limits = limits;
        this.login = new RateLimits.Rule("sign-in", loginPerMinute, Duration.ofMinutes(1));
        this.search = new RateLimits.Rule("search", searchPerMinute, Duration.ofMinutes(1));
        this.basicFailures = new RateLimits.Rule("basic-sign-in", basicFailuresPerMinute, Duration.ofMinutes(1));
        this.register = new RateLimits.Rule("register", registerPerHour, Duration.ofHours(1));
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
        if ("POST".equals(request.getMethod()) && path.equals("/register") && !limits.tryConsume(register, client)) {
            reject(response, 429, "too many registrations from this address; try again in an hour");
            return;
        }
        boolean searching = path.equals("/search") || path.equals("/api/v1/search")
                || ((path.equals("/enterprises") || path.equals("/api/v1/enterprises")) && request.getParameter("q") != null);
        if ("GET".equals(request.getMethod()) && searching && !limits.tryConsume(search, client)) {
            reject(response, 429, "too many searches from this address; wait a minute");
            return;
        }
        // HTTP Basic: every wrong password counts against the address, like the sign-in form.
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && limits.exhausted(basicFailures, client)) {
            reject(response, 429, "too many failed sign-ins from this address; wait a minute");
            return;
        }
        HttpServletRequest guarded = request;
        if (!multipart && !form(request) && request.getContentLengthLong() < 0 && hasBody(request)) {
            // A body without a length (chunked): read at most the limit before anything parses it.
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                reject(response, 413, "request body larger than " + maxBodyBytes + " bytes");
                return;
            }
            guarded = new BufferedBody(request, body);
        }
        chain.doFilter(guarded, response);
        if (basic && response.getStatus() == 401) {
            limits.tryConsume(basicFailures, client);
        }
    }

    private static boolean form(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method))
                && request.getHeader("Transfer-Encoding") != null;
    }

    /** The request with its body already read into memory (it was within the limit). */
    private static final class BufferedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous body");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = java.nio.charset.Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknown) {
                // an unknown charset name is read as UTF-8; the parser reports what it cannot read
            }
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static void reject(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("Retry-After", "60");
        response.getWriter().write("{\"title\":\"" + (status == 429 ? "Too many requests" : "Payload too large")
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
