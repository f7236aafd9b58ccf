package org.chainatlas.enterprise.internal;

import java.time.Instant;
import java.util.List;

import org.chainatlas.account.Accounts;
import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.Role;
import org.chainatlas.account.UserView;
import org.chainatlas.audit.AuditAction;
import org.chainatlas.audit.AuditTrail;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseForm;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.platform.mail.Mailer;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Enterprise self-registration: anyone may ask to register an enterprise with an account; nothing becomes
 * public and the account cannot sign in until an organiser of the enterprise's region verifies it. Verifying
 * registers the enterprise and links the account to it; rejecting disables the account. The applicant hears
 * of the decision by e-mail.
 */
@Service
public class Onboarding {

    /** A pending registration as an organiser sees it. */
    public record PendingView(long id, String nameZh, String uscc, String hqRegionCode, String username, String email,
            Instant createdAt, EnterpriseForm form) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EnterpriseRegistrations registrations;
    private final EnterpriseRegistry registry;
    private final Enterprises enterprises;
    private final Accounts accounts;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final EnterpriseRules rules;

    Onboarding(EnterpriseRegistrations registrations, EnterpriseRegistry registry, Enterprises enterprises,
            Accounts accounts, CurrentActor currentActor, AuditTrail audit, Mailer mailer, Regions regions, Chains chains) {
        this.registrations = registrations;
        this.registry = registry;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.audit = audit;
        this.mailer = mailer;
        this.rules = new EnterpriseRules(regions, chains);
    }

    /**
     * Stores a registration for an organiser to verify and answers its id, or -1 when the user name is taken. The
     * visitor sees the same answer either way (so the form does not reveal which user names exist); the e-mail to
     * the address given says which it was.
     */
    @Transactional
    public long submit(String username, String password, String email, String displayName, EnterpriseForm form) {
        Validation v = rules.check(form);
        // 世界500强, 央企, 链主 … are recognitions an organiser verifies, not claims a registration makes (verifying it
        // would publish them)
        if (form.tags() != null && !form.tags().isEmpty()) {
            v.reject("tags", "error.tagsByOrganiser", EnterpriseRegistry.OFFICIAL_TAGS);
        }
        // the account's fields refused in the same answer as the enterprise's (they came one round later)
        accounts.pendingRefusals(username, password, displayName, email).forEach(v::reject);
        v.throwIfInvalid();
        String uscc = form.uscc().strip().toUpperCase();
        if (enterprises.existsByUscc(uscc) || registrations.existsByUsccAndStatus(uscc, "PENDING")) {
            throw new Conflict("uscc", "an enterprise with USCC " + uscc + " is already registered or waiting for verification",
                    "error.usccTaken", uscc);
        }
        java.util.Optional<UserView> created = accounts.createPending(username, password, displayName, email);
        if (created.isEmpty()) {
            mailer.send(email.strip(), "ChainAtlas：注册未能提交 / registration not submitted",
                    "用户名 “" + username + "” 无法使用，注册未提交。请换一个用户名重新注册。\n"
                            + "The user name '" + username + "' cannot be used, so the registration was not submitted."
                            + " Please register again with another user name.");
            return -1;
        }
        UserView user = created.get();
        EnterpriseRegistration registration = registrations.saveAndFlush(new EnterpriseRegistration(user.id(),
                form.hqRegionCode(), form.nameZh().strip(), uscc, JSON.writeValueAsString(form)));
        audit.record("registration", registration.id(), AuditAction.CREATE, null,
                java.util.Map.of("nameZh", registration.nameZh(), "uscc", uscc, "user", username));
        mailer.send(email.strip(), "ChainAtlas：注册已提交 / registration received",
                registration.nameZh() + " 的注册已提交，组织方核验后您会收到邮件。\nThe registration of "
                        + registration.nameZh() + " was received; you will hear from us when an organiser has verified it.");
        return registration.id();
    }

    @Transactional(readOnly = true)
    public List<PendingView> pendingForMe() {
        Actor actor = currentActor.require("review", "enterprise registrations");
        if (!actor.isAdmin() && !actor.is(Role.ORGANISER)) {
            throw new Forbidden("review", "enterprise registrations");
        }
        return registrations.findByStatusOrderByIdAsc("PENDING").stream().filter(r -> actor.organises(r.hqRegionCode()))
                .map(r -> {
                    UserView user = accounts.find(r.userId()).orElse(null);
                    return new PendingView(r.id(), r.nameZh(), r.uscc(), r.hqRegionCode(),
                            user == null ? null : user.username(), user == null ? null : user.email(), r.createdAt(),
                            JSON.readValue(r.formJson(), EnterpriseForm.class));
                }).toList();
    }

    @Transactional
    public EnterpriseView verify(long registrationId) {
        EnterpriseRegistration registration = pending(registrationId, "verify");
        EnterpriseForm stored = JSON.readValue(registration.formJson(), EnterpriseForm.class);
        // a registration stored before tags were refused at submission: registered without them
        EnterpriseForm form = new EnterpriseForm(stored.nameZh(), stored.nameEn(), stored.uscc(), stored.hqRegionCode(), List.of(),
                stored.revenueBand(), stored.employees(), stored.descriptionZh(), stored.contactName(), stored.contactPhone(),
                stored.contactEmail(), stored.facilities(), stored.segments());
        EnterpriseView enterprise = registry.register(form);
        accounts.activate(registration.userId(), enterprise.id());
        registration.verified(currentActor.require("verify", "a registration").username(), enterprise.id());
        audit.record("registration", registrationId, AuditAction.UPDATE, java.util.Map.of("status", "PENDING"),
                java.util.Map.of("status", "VERIFIED", "enterpriseId", String.valueOf(enterprise.id())));
        accounts.find(registration.userId()).ifPresent(user -> mailer.send(user.email(),
                "ChainAtlas：企业注册已通过 / registration verified",
                registration.nameZh() + " 的注册已由组织方核验通过，现在可以登录。\nThe registration of " + registration.nameZh()
                        + " was verified; you can sign in now as " + user.username() + "."));
        return enterprise;
    }

    @Transactional
    public void reject(long registrationId, String reason) {
        EnterpriseRegistration registration = pending(registrationId, "reject");
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInput.coded("reason", "error.rejectReason", "give a reason of at most 500 characters", 500);
        }
        accounts.reject(registration.userId());
        registration.rejected(currentActor.require("reject", "a registration").username(), reason.strip());
        audit.record("registration", registrationId, AuditAction.UPDATE, java.util.Map.of("status", "PENDING"),
                java.util.Map.of("status", "REJECTED", "reason", reason.strip()));
        accounts.find(registration.userId()).ifPresent(user -> mailer.send(user.email(),
                "ChainAtlas：企业注册未通过 / registration not verified",
                registration.nameZh() + " 的注册未通过核验：" + reason.strip() + "\nThe registration was not verified: " + reason.strip()));
    }

    private EnterpriseRegistration pending(long id, String action) {
        EnterpriseRegistration registration = registrations.findById(id)
                .filter(r -> r.status() == EnterpriseRegistration.Status.PENDING)
                .orElseThrow(() -> new NotFound("pending registration", id));
        Actor actor = currentActor.require(action, "registration " + id);
        if (!actor.organises(registration.hqRegionCode())) {
            throw new Forbidden(action, "registration " + id);
        }
        return registration;
    }
}
