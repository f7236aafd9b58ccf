package org.chainatlas.account.internal;

import java.time.Duration;
import java.time.Instant;

import org.chainatlas.account.PasswordPolicy;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail: a one-time link valid for 30 minutes. The request answers the same whether the
 * address is known or not, so it cannot be used to find out who has an account. Only the newest link of a user
 * works, and only once, even when two requests present it at the same moment; using it ends the user's sessions
 * and revokes their API tokens.
 */
@Service
public class PasswordRecovery {

    static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(PasswordRecovery.class);

    private final AppUsers users;
    private final PasswordResets resets;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final String baseUrl;

    PasswordRecovery(AppUsers users, PasswordResets resets, ApiTokens tokens, PasswordEncoder encoder, Mailer mailer, AuditTrail audit,
            @Value("${chainatlas.base-url:http://localhost:8080}") String baseUrl) {
        this.users = users;
        this.resets = resets;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mailer = mailer;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    @Transactional
    public void request(String email) {
        if (email == null || email.isBlank()) {
            throw InvalidInput.coded("email", "error.blank", "must not be blank");
        }
        users.findFirstByEmailIgnoreCase(email.strip()).filter(AppUser::enabled).ifPresentOrElse(user -> {
            String token = Tokens.random(32);
            resets.supersede(user.id(), Instant.now());
            resets.save(new PasswordReset(user.id(), Tokens.sha256(token), Instant.now().plus(VALID_FOR)));
            mailer.send(user.email(), "ChainAtlas 密码重置 / password reset",
                    "您好 " + user.username() + "，\n\n请在 30 分钟内打开以下链接设置新密码（仅可使用一次）：\n"
                            + baseUrl + "/password/reset?token=" + token
                            + "\n\nTo set a new password, open the link above within 30 minutes (it works once).\n"
                            + "如果不是您本人操作，请忽略此邮件。 If you did not ask for this, ignore this e-mail.");
        }, () -> log.info("Password reset asked for unknown address (answered as if known)"));
    }

    /** Whether a reset link can still be used (it is not used up by asking). */
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        PasswordReset reset = token == null || token.isBlank() ? null : resets.findByTokenHash(Tokens.sha256(token)).orElse(null);
        return reset != null && reset.usable(Instant.now());
    }

    @Transactional
    public void reset(String token, String newPassword) {
        PasswordReset reset = token == null ? null : resets.findByTokenHash(Tokens.sha256(token)).orElse(null);
        Instant now = Instant.now();
        if (reset == null || !reset.usable(now)) {
            throw InvalidInput.coded("token", "error.account.resetLink", "the link is unknown, already used or expired: ask for a new one");
        }
        long userId = reset.userId();
        String username = users.findById(userId).orElseThrow().username();
        PasswordPolicy.refusal("password", newPassword, username).ifPresent(f -> {
            throw new InvalidInput(java.util.List.of(f));
        });
        // Two requests with the same link: the database lets exactly one of them use it.
        if (resets.claim(reset.id(), now) != 1) {
            throw InvalidInput.coded("token", "error.account.resetLink", "the link is unknown, already used or expired: ask for a new one");
        }
        AppUser user = users.findById(userId).orElseThrow();
        user.changePassword(encoder.encode(newPassword));
        tokens.revokeAllOf(user.id(), now);
        audit.record("user", user.id(), AuditAction.UPDATE, java.util.Map.of("password", "(old)"),
                java.util.Map.of("password", "(reset by e-mail link; sessions ended, API tokens revoked)"));
    }
}
