package org.chainatlas.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.chainatlas.account.Actor;
import org.chainatlas.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The layout's menus answer as Spring Security's isAuthenticated(), isAnonymous() and hasAnyRole(…) did. */
class ViewerTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static Viewer as(Role role) {
        return new Viewer(() -> Optional.of(new Actor(1, "u", role, "510000", null, null)));
    }

    @Test
    void noUserIsNeitherSignedInNorAnonymousAndSeesNoStaffMenu() {
        Viewer viewer = new Viewer(Optional::empty);
        assertThat(List.of(viewer.signedIn(), viewer.anonymous(), viewer.staff(), viewer.organiser(), viewer.pipeline()))
                .containsOnly(false);
    }

    @Test
    void theAnonymousUserIsAnonymousOnly() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        Viewer viewer = new Viewer(Optional::empty);
        assertThat(viewer.anonymous()).isTrue();
        assertThat(List.of(viewer.signedIn(), viewer.staff(), viewer.organiser(), viewer.pipeline())).containsOnly(false);
    }

    @Test
    void eachRoleSeesItsMenus() {
        Viewer organiser = as(Role.ORGANISER);
        assertThat(List.of(organiser.signedIn(), organiser.staff(), organiser.organiser(), organiser.pipeline()))
                .containsOnly(true);
        assertThat(as(Role.LOCALITY).staff()).isTrue();
        assertThat(as(Role.LOCALITY).organiser()).isFalse();
        assertThat(as(Role.SERVICE_OFFICER).pipeline()).isTrue();
        assertThat(as(Role.SERVICE_OFFICER).staff()).isFalse();
        Viewer enterprise = as(Role.ENTERPRISE);
        assertThat(enterprise.signedIn()).isTrue();
        assertThat(List.of(enterprise.staff(), enterprise.organiser(), enterprise.pipeline(), enterprise.anonymous()))
                .containsOnly(false);
    }
}
