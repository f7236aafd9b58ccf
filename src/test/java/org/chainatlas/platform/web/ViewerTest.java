package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The layout's menus answer as Spring Security's isAuthenticated(), isAnonymous() and hasAnyRole(…) did. */
class ViewerTest {

    private final Viewer viewer = new Viewer();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("u", null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    @Test
    void noUserIsNeitherSignedInNorAnonymousAndSeesNoStaffMenu() {
        assertThat(List.of(viewer.signedIn(), viewer.anonymous(), viewer.staff(), viewer.organiser(), viewer.pipeline()))
                .containsOnly(false);
    }

    @Test
    void theAnonymousUserIsAnonymousOnly() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(viewer.anonymous()).isTrue();
        assertThat(List.of(viewer.signedIn(), viewer.staff(), viewer.organiser(), viewer.pipeline())).containsOnly(false);
    }

    @Test
    void eachRoleSeesItsMenus() {
        signIn("ORGANISER");
        assertThat(List.of(viewer.signedIn(), viewer.staff(), viewer.organiser(), viewer.pipeline())).containsOnly(true);
        signIn("LOCALITY");
        assertThat(viewer.staff()).isTrue();
        assertThat(viewer.organiser()).isFalse();
        signIn("SERVICE_OFFICER");
        assertThat(viewer.pipeline()).isTrue();
        assertThat(viewer.staff()).isFalse();
        signIn("ENTERPRISE");
        assertThat(viewer.signedIn()).isTrue();
        assertThat(List.of(viewer.staff(), viewer.organiser(), viewer.pipeline(), viewer.anonymous())).containsOnly(false);
    }
}
