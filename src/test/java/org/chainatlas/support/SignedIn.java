package org.chainatlas.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a page request in as a stored user (the principal the application itself would build). */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        return user(users.loadUserByUsername(username));
    }
}
