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
            reject(request, response, 413, 0, "request body larger than " + maxBodyBytes + " bytes",
                    "提交的内容过大（最多 " + maxBodyBytes + " 字节）");
            return;
        }
        if ("POST".equals(request.getMethod()) && (path.equals("/login") || path.equals("/password/forgot"))
                && !limits.tryConsume(login, client)) {
            reject(request, response, 429, 60, "too many sign-in attempts from this address; wait a minute",
                    "此地址登录尝试过多：请一分钟后再试");
            return;
        }
        if ("POST".equals(request.getMethod()) && path.equals("/register") && !limits.tryConsume(register, client)) {
            reject(request, response, 429, 3600, "too many registrations from this address; try again in an hour",
                    "此地址提交的注册过多：请一小时后再试");
            return;
        }
        boolean searching = path.equals("/search") || path.equals("/api/v1/search")
                || ((path.equals("/enterprises") || path.equals("/api/v1/enterprises")) && request.getParameter("q") != null);
        if ("GET".equals(request.getMethod()) && searching && !limits.tryConsume(search, client)) {
            reject(request, response, 429, 60, "too many searches from this address; wait a minute",
                    "此地址搜索过于频繁：请一分钟后再试");
            return;
        }
        // HTTP Basic: every wrong password counts against the address, like the sign-in form.
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && limits.exhausted(basicFailures, client)) {
            reject(request, response, 429, 60, "too many failed sign-ins from this address; wait a minute",
                    "此地址登录失败次数过多：请一分钟后再试");
            return;
        }
        HttpServletRequest guarded = request;
        if (!multipart && !form(request) && request.getContentLengthLong() < 0 && hasBody(request)) {
            // A body without a length (chunked): read at most the limit before anything parses it.
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                reject(request, response, 413, 0, "request body larger than " + maxBodyBytes + " bytes",
                        "提交的内容过大（最多 " + maxBodyBytes + " 字节）");
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

    /**
     * Answers a refused request: problem JSON for the API and other clients; for a browser's page request (a form posted
     * from a page) a page in the reader's language, so that a bureau's official does not meet raw JSON. Retry-After
     * says the rule's real wait (an hour for registrations). The texts are constants: nothing of the request is echoed.
     */
    private static void reject(HttpServletRequest request, HttpServletResponse response, int status, long retryAfterSeconds,
            String detail, String chinese) throws IOException {
        response.setStatus(status);
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        String accept = request.getHeader("Accept");
        boolean page = !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
        if (!page) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"title\":\"" + (status == 429 ? "Too many requests" : "Payload too large")
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
            return;
        }
        boolean english = english(request);
        String title = status == 429 ? (english ? "Too many requests" : "请求过于频繁") : (english ? "Too large" : "内容过大");
        String text = english ? Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + "." : chinese + "。";
        String back = switch (request.getRequestURI()) {
            case "/register", "/login", "/password/forgot" -> request.getRequestURI();
            default -> "/";
        };
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + (english ? "en" : "zh") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main class=\"container\" style=\"max-width: 640px\">"
                + "<h1 class=\"h4 mt-4\" id=\"refused-title\">" + title + "</h1><p id=\"refused-text\">" + text + "</p><p><a href=\""
                + back + "\">" + (english ? "Back" : "返回") + "</a></p></main></body></html>");
    }

    /** The reader's language as the page would use it: the language cookie, else Chinese. */
    private static boolean english(HttpServletRequest request) {
        if ("en".equals(request.getParameter("lang"))) {
            return true;
        }
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie c : request.getCookies()) {
                if (c.getName().equals("chainatlas-lang") && c.getValue() != null && c.getValue().startsWith("en")) {
                    return true;
                }
            }
        }
        return false;
    }
}
