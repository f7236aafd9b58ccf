package org.chainatlas.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.chainatlas.account.Actor;
import org.chainatlas.account.Accounts;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.NewUser;
import org.chainatlas.account.PasswordPolicy;
import org.chainatlas.account.Role;
import org.chainatlas.account.UserView;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing accounts. Administrators create any account; organisers create locality and service
 * officers inside their own region. Every change is audited.
 */
@Service
public class AccountManagement implements Accounts {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private final AppUsers users;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    private final org.springframework.beans.factory.ObjectProvider<org.chainatlas.account.ParkRegions> parkRegions;

    AccountManagement(AppUsers users, PasswordEncoder encoder, CurrentActor currentActor, AuditTrail audit,
            org.springframework.beans.factory.ObjectProvider<org.chainatlas.account.ParkRegions> parkRegions,
            ApiTokens tokens) {
        this.parkRegions = parkRegions;
        this.tokens = tokens;
        this.users = users;
        this.encoder = encoder;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Override
    @Transactional
    public UserView create(NewUser user) {
        Actor actor = currentActor.require("create", "a user");
        Validation v = check(user.username(), user.password(), user.email());
        v.line("displayName", user.displayName(), 128, false);
        v.required("role", user.role());
        if (user.role() == Role.ORGANISER || user.role() == Role.LOCALITY || user.role() == Role.SERVICE_OFFICER) {
            if (user.regionCode() == null || user.regionCode().length() != 6) {
                v.reject("regionCode", "error.account.regionNeeded", "a user of role " + user.role() + " needs the region code it works for");
            }
        }
        if (user.role() == Role.ENTERPRISE && user.enterpriseId() == null) {
            v.reject("enterpriseId", "error.account.enterpriseNeeded", "an enterprise user needs its enterprise");
        }
        if (user.role() != Role.ENTERPRISE && user.enterpriseId() != null) {
            v.reject("enterpriseId", "error.account.enterpriseOnly", "only an enterprise user is bound to an enterprise");
        }
        if (user.parkId() != null && user.role() != Role.LOCALITY) {
            v.reject("parkId", "error.account.parkOnly", "only a locality user is bound to a park");
        }
        if (user.parkId() != null && user.regionCode() != null) {
            String parkRegion = parkRegions.getIfAvailable() == null ? null
                    : parkRegions.getObject().regionOfPark(user.parkId()).orElse(null);
            if (parkRegion == null) {
                v.reject("parkId", "error.noPark", "no park " + user.parkId(), user.parkId());
            } else if (!parkRegion.startsWith(Actor.prefixOf(user.regionCode()))) {
                v.reject("parkId", "error.account.parkOutside", "park " + user.parkId() + " is in region " + parkRegion
                        + ", outside the user's region " + user.regionCode(), user.parkId(), parkRegion, user.regionCode());
            }
        }
        v.throwIfInvalid();
        boolean allowed = actor.isAdmin() || (actor.is(Role.ORGANISER)
                && (user.role() == Role.LOCALITY || user.role() == Role.SERVICE_OFFICER) && actor.governs(user.regionCode()));
        if (!allowed) {
            throw new Forbidden("create", "a user of role " + user.role());
        }
        if (users.existsByUsername(user.username())) {
            throw new Conflict("username", "the user name '" + user.username() + "' is taken", "error.usernameTaken", user.username());
        }
        AppUser created = users.save(new AppUser(user.username(), encoder.encode(user.password()), user.role())
                .scoped(user.displayName(), user.email(), user.regionCode(), user.parkId(), user.enterpriseId()));
        users.flush();
        UserView view = view(created);
        audit.record("user", created.id(), AuditAction.CREATE, null, view);
        return view;
    }

    @Override
    @Transactional
    public UserView createForDemo(NewUser user) {
        return createAsSystem(user);
    }

    /** Creates a user from start-up code (demo accounts, first administrator), bypassing the actor check. */
    @Transactional
    UserView createAsSystem(NewUser user) {
        return users.findByUsername(user.username()).map(this::view).orElseGet(() -> {
            AppUser created = users.save(new AppUser(user.username(), encoder.encode(user.password()), user.role())
                    .scoped(user.displayName(), user.email(), user.regionCode(), user.parkId(), user.enterpriseId()));
            return view(created);
        });
    }

    @Override
    @Transactional
    public Optional<UserView> createPending(String username, String password, String displayName, String email) {
        pendingChecks(username, password, displayName, email).throwIfInvalid();
        String hash = encoder.encode(password); // also when the name is taken: the answer takes the same time
        if (users.existsByUsername(username)) {
            return Optional.empty();
        }
        AppUser user = new AppUser(username, hash, Role.ENTERPRISE).scoped(displayName, email, null, null, null);
        user.awaitVerification();
        user = users.saveAndFlush(user);
        audit.record("user", user.id(), AuditAction.CREATE, null, view(user));
        return Optional.of(view(user));
    }

    @Override
    @Transactional
    public void activate(long userId, long enterpriseId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFound("user", userId));
        UserView before = view(user);
        user.scoped(user.displayName(), user.email(), null, null, enterpriseId);
        user.verify();
        audit.record("user", userId, AuditAction.UPDATE, before, view(user));
    }

    @Override
    @Transactional
    public void reject(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFound("user", userId));
        UserView before = view(user);
        user.disable();
        tokens.revokeAllOf(userId, java.time.Instant.now());
        audit.record("user", userId, AuditAction.UPDATE, before, view(user));
    }

    @Transactional
    public void changePassword(String username, String current, String next) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NotFound("user", username));
        Validation v = new Validation();
        if (current == null || !encoder.matches(current, user.passwordHash())) {
            v.reject("currentPassword", "error.account.currentPassword", "is not your current password");
        }
        PasswordPolicy.refusal("newPassword", next, username).ifPresent(v::reject);
        if (v.ok() && next != null && encoder.matches(next, user.passwordHash())) {
            v.reject("newPassword", "error.password.same", "is the password you have: choose a new one");
        }
        v.throwIfInvalid();
        user.changePassword(encoder.encode(next));
        tokens.revokeAllOf(user.id(), java.time.Instant.now());
        SessionGuard.keepCurrentSession(user);
        audit.record("user", user.id(), AuditAction.UPDATE, java.util.Map.of("password", "(old)"),
                java.util.Map.of("password", "(changed; other sessions ended, API tokens revoked)"));
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        Actor actor = currentActor.require("change", "user " + userId);
        if (!actor.isAdmin()) {
            throw new Forbidden("change", "user " + userId);
        }
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFound("user", userId));
        if (!enabled && userId == actor.userId()) {
            // the only administrator could lock everyone out
            throw new org.chainatlas.platform.Conflict("enabled", "you cannot disable your own account", "error.disableSelf");
        }
        UserView before = view(user);
        if (enabled) {
            user.enable();
        } else {
            user.disable();
            tokens.revokeAllOf(userId, java.time.Instant.now());
        }
        audit.record("user", userId, AuditAction.UPDATE, before, view(user));
    }

    @Override
    public List<org.chainatlas.platform.InvalidInput.FieldError> pendingRefusals(String username, String password,
            String displayName, String email) {
        return pendingChecks(username, password, displayName, email).errors();
    }

    private Validation pendingChecks(String username, String password, String displayName, String email) {
        Validation v = check(username, password, email);
        v.line("displayName", displayName, 128, false);
        if (email == null || email.isBlank()) {
            v.reject("email", "error.account.emailForVerification", "is required to hear about the verification");
        }
        return v;
    }

    private Validation check(String username, String password, String email) {
        Validation v = new Validation();
        if (username == null || !USERNAME.matcher(username).matches()) {
            v.reject("username", "error.account.username", "3–64 letters, digits, '.', '_' or '-'");
        }
        PasswordPolicy.refusal("password", password, username).ifPresent(v::reject);
        v.email("email", email);
        return v;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> find(long id) {
        return users.findById(id).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            users.displayNames(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    @Transactional(readOnly = true)
    public List<UserView> visibleUsers() {
        Actor actor = currentActor.require("list", "users");
        return users.findAll().stream()
                .filter(u -> actor.isAdmin() || (actor.is(Role.ORGANISER) && u.regionCode() != null && actor.governs(u.regionCode())))
                .map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> usersOfEnterprise(long enterpriseId) {
        return users.findByEnterpriseIdOrderByIdAsc(enterpriseId).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> serviceOfficersFor(String regionCode) {
        return users.findByRoleOrderByUsernameAsc(Role.SERVICE_OFFICER).stream()
                .filter(u -> u.regionCode() != null && regionCode != null
                        && regionCode.startsWith(Actor.prefixOf(u.regionCode())))
                .map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> staffFor(Role role, String regionCode) {
        return users.findByRoleOrderByUsernameAsc(role).stream()
                .filter(u -> u.enabled() && u.regionCode() != null && regionCode != null
                        && regionCode.startsWith(Actor.prefixOf(u.regionCode())))
                .map(this::view).toList();
    }

    UserView view(AppUser u) {
        return new UserView(u.id() == null ? 0 : u.id(), u.username(), u.displayName(), u.email(), u.role(), u.regionCode(),
                u.parkId(), u.enterpriseId(), u.verified(), u.enabled(), u.locked(), u.createdAt());
    }
}
