package org.chainatlas.account.web;

import java.util.Set;

import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the menus of the layout ({@code th:if="${@viewer.staff()}"}): the signed-in actor's role,
 * as {@link CurrentActor} gives it — the answers Spring Security's {@code isAuthenticated()}, {@code isAnonymous()} and
 * {@code hasAnyRole(…)} gave. The layout asked seventeen {@code sec:authorize} expressions per page, and the Thymeleaf
 * dialect parses each access expression anew on every evaluation (12% of the rendering in a profile of the load run).
 */
@Component("viewer")
public class Viewer {

    private static final Set<Role> STAFF = Set.of(Role.ADMIN, Role.ORGANISER, Role.LOCALITY);
    private static final Set<Role> ORGANISERS = Set.of(Role.ADMIN, Role.ORGANISER);
    private static final Set<Role> PIPELINE = Set.of(Role.ADMIN, Role.ORGANISER, Role.LOCALITY, Role.SERVICE_OFFICER);

    private final CurrentActor currentActor;

    Viewer(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** Signed in as a user of the platform. */
    public boolean signedIn() {
        return currentActor.get().isPresent();
    }

    /** The anonymous user (a page rendered outside the security filters has no user at all and is neither). */
    public boolean anonymous() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken;
    }

    /** An administrator, an organiser or a locality's officer. */
    public boolean staff() {
        return hasAny(STAFF);
    }

    /** An administrator or an organiser. */
    public boolean organiser() {
        return hasAny(ORGANISERS);
    }

    /** Anyone who follows the project pipeline: staff and chief service officers. */
    public boolean pipeline() {
        return hasAny(PIPELINE);
    }

    private boolean hasAny(Set<Role> roles) {
        return currentActor.get().filter(actor -> roles.contains(actor.role())).isPresent();
    }
}
