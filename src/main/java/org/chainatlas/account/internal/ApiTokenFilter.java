package org.chainatlas.account.internal;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Authenticates API requests that carry {@code Authorization: Bearer ca_…} (a personal token); a bad token gets 401. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final PersonalTokens tokens;

    ApiTokenFilter(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<AppUser> user = tokens.authenticate(header.substring(7).strip());
            if (user.isEmpty()) {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"unknown, revoked or"
                        + " unusable API token\"}");
                return;
            }
            AccountPrincipal principal = new AccountPrincipal(user.get());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        }
        chain.doFilter(request, response);
    }
}
