package org.chainatlas.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Loads a signed-in user's CSRF token before a page is rendered. The token lives in the HTTP session (in the
 * database, Spring Session JDBC); a page long enough to fill the response buffer commits the response before its
 * last form (sign-out, in the top bar's menu) asks for the token, and a session cannot be created after that.
 * Visitors who are not signed in are left without a session until a form of theirs needs one.
 */
@ControllerAdvice(annotations = Controller.class)
class CsrfTokenEarly {

    @ModelAttribute
    void loadToken(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
