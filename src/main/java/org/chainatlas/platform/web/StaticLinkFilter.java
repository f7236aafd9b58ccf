package org.chainatlas.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites the links of the platform's own static files and web jars to their resolved (versioned) paths, as Spring's
 * {@link ResourceUrlEncodingFilter} does, but asks the resource chain only for links under the static folders.
 * <p>
 * Spring's filter asks it for every link a page builds ({@code /parks/12}, {@code /chains/x?region=…}), because the
 * default static mapping is {@code /**}. A link that is not a file is not cached by the chain, so every such link
 * searched every jar of the class path, under each jar's lock: under 64 concurrent connections the server-rendered
 * pages spent most of their time (p50 1.3–1.8 s) waiting for those locks (JFR, docs/BENCHMARKS.md "Pages and API under
 * load"). Being a {@code ResourceUrlEncodingFilter}, this bean also stands in for the one Spring Boot would add.
 */
@Component
class StaticLinkFilter extends ResourceUrlEncodingFilter {

    /** The folders of src/main/resources/static and the web jars: the only links that name a static file. */
    static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/js/", "/css/", "/geo/");

    private final ObjectProvider<ResourceUrlProvider> resources;

    StaticLinkFilter(ObjectProvider<ResourceUrlProvider> resources) {
        this.resources = resources;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
            ResourceUrlProvider provider = resources.getIfAvailable();
            chain.doFilter(request, new Links(http, out, provider == null ? path -> null : provider::getForLookupPath));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The response whose {@code encodeURL} resolves static links. */
    static final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        /** The resource chain's lookup: a static path to its resolved path, or null. */
        private final UnaryOperator<String> lookup;

        Links(HttpServletRequest request, HttpServletResponse response, UnaryOperator<String> lookup) {
            super(response);
            this.request = request;
            this.lookup = lookup;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(resolve(url));
        }

        String resolve(String url) {
            String context = request.getContextPath();
            if (!url.startsWith(context)) {
                return url;
            }
            int end = url.length();
            for (char c : new char[] {'?', '#'}) {
                int at = url.indexOf(c);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            String path = url.substring(context.length(), end);
            if (STATIC_PREFIXES.stream().noneMatch(path::startsWith)) {
                return url;
            }
            String resolved = lookup.apply(path);
            return resolved == null ? url : context + resolved + url.substring(end);
        }
    }
}
