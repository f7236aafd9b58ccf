package org.chainatlas.account.internal;

import java.util.List;

import org.chainatlas.account.Actor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The security principal of a signed-in user, carrying the {@link Actor} the service layer checks. */
class AccountPrincipal extends User {

    private final Actor actor;
    private final int credentialsVersion;

    AccountPrincipal(AppUser user) {
        super(user.username(), user.passwordHash(), user.enabled() && user.verified(), true, true, !user.locked(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.actor = user.actor();
        this.credentialsVersion = user.credentialsVersion();
    }

    int credentialsVersion() {
        return credentialsVersion;
    }

    Actor actor() {
        return actor;
    }
}
