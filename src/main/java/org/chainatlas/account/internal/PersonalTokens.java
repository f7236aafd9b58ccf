package org.chainatlas.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created by their user (shown once), listed, revoked; resolved by the API filter. */
@Service
public class PersonalTokens {

    /** A token as listed to its owner. */
    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, boolean active) {
    }

    /** A token just created: the only time its secret is shown. */
    public record CreatedToken(long id, String name, String token) {
    }

    private final ApiTokens tokens;
    private final AppUsers users;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    PersonalTokens(ApiTokens tokens, AppUsers users, CurrentActor currentActor, AuditTrail audit) {
        this.tokens = tokens;
        this.users = users;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional
    public CreatedToken create(String name) {
        Actor actor = currentActor.require("create", "an API token");
        Validation v = new Validation();
        v.line("name", name, 64, true);
        v.throwIfInvalid();
        String secret = "ca_" + Tokens.random(30);
        ApiToken token = tokens.save(new ApiToken(actor.userId(), name.strip(), Tokens.sha256(secret), secret.substring(0, 8)));
        tokens.flush();
        audit.record("api-token", token.id(), AuditAction.CREATE, null, java.util.Map.of("name", token.name(),
                "user", actor.username()));
        return new CreatedToken(token.id(), token.name(), secret);
    }

    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        Actor actor = currentActor.require("list", "API tokens");
        return tokens.findByUserIdOrderByIdDesc(actor.userId()).stream()
                .map(t -> new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.active())).toList();
    }

    @Transactional
    public void revoke(long id) {
        Actor actor = currentActor.require("revoke", "API token " + id);
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFound("API token", id));
        if (token.userId() != actor.userId() && !actor.isAdmin()) {
            throw new Forbidden("revoke", "API token " + id);
        }
        token.revoke();
        audit.record("api-token", id, AuditAction.DELETE, null, null);
    }

    /** The user a presented token belongs to, if the token is active and the account may sign in. */
    @Transactional
    public Optional<AppUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith("ca_")) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Tokens.sha256(secret)).filter(ApiToken::active).flatMap(token -> {
            token.used(Instant.now());
            return users.findById(token.userId()).filter(u -> u.enabled() && u.verified() && !u.locked());
        });
    }
}
