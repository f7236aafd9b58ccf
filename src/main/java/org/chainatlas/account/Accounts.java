package org.chainatlas.account;

import java.util.List;
import java.util.Optional;

/** Account management as other modules use it; rights are checked against the current actor. */
public interface Accounts {

    /** Creates a user (administrators: any; organisers: locality officers and service officers in their region). */
    UserView create(NewUser user);

    /**
     * Creates an enterprise user who cannot sign in until an organiser verifies the registration; empty when the
     * user name is taken (the caller must not tell the visitor so: that would reveal which accounts exist).
     */
    java.util.Optional<UserView> createPending(String username, String password, String displayName, String email);

    /**
     * What {@link #createPending} would refuse in these account fields (user name, password, display name, e-mail), so
     * that a registration form says it together with its other fields' refusals, not one round after them.
     */
    List<org.chainatlas.platform.InvalidInput.FieldError> pendingRefusals(String username, String password, String displayName,
            String email);

    /** Links a pending enterprise user to its (now registered) enterprise and lets it sign in. */
    void activate(long userId, long enterpriseId);

    /** Disables a pending user whose registration was rejected. */
    void reject(long userId);

    /** Creates (or finds) a demo account at start-up, without a signed-in actor. Only for demo data loaders. */
    UserView createForDemo(NewUser user);

    Optional<UserView> find(long id);

    /** The display names of these users (those that exist), in one read: for lists that name them. */
    java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids);

    List<UserView> usersOfEnterprise(long enterpriseId);

    /** Service officers whose region covers the given region code (for assigning projects). */
    List<UserView> serviceOfficersFor(String regionCode);

    /** Enabled users of a role whose region contains the given region code (e.g. the organisers of a project's province). */
    List<UserView> staffFor(Role role, String regionCode);
}
