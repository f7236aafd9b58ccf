package org.chainatlas.account.internal;

import java.time.Instant;

import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong passwords: the tenth in a row locks the account for {@link AppUser#LOCK_FOR}; the lockout is
 * logged and recorded in the audit trail. A successful sign-in resets the count.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final AppUsers users;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SignInAttempts(AppUsers users, AuditTrail audit, TransactionTemplate tx) {
        this.users = users;
        this.audit = audit;
        this.tx = tx;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || username.isEmpty() || username.length() > 64) {
            return;
        }
        // Counted and locked by the database (an increment, then a conditional update), so ten wrong passwords
        // sent in parallel lock the account just as ten in a row do.
        tx.executeWithoutResult(status -> {
            if (users.countFailedSignIn(username) == 0) {
                return;
            }
            Instant until = Instant.now().plus(AppUser.LOCK_FOR);
            if (users.lockWhenReached(username, AppUser.LOCK_AFTER, until) == 1) {
                users.findByUsername(username).ifPresent(user -> {
                    log.warn("Account '{}' locked until {} after {} wrong passwords", username, until, AppUser.LOCK_AFTER);
                    audit.record("user", user.id(), AuditAction.SIGN_IN_LOCKED, null,
                            java.util.Map.of("lockedUntil", String.valueOf(until)));
                });
            }
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        tx.executeWithoutResult(status -> users.findByUsername(username).ifPresent(user -> {
            if (user.failedAttempts() > 0 || user.lockedUntil() != null) {
                user.signedIn();
            }
        }));
    }
}
