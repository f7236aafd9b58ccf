package org.chainatlas.account.internal;

import java.util.Optional;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityActor implements CurrentActor {

    @Override
    public Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
