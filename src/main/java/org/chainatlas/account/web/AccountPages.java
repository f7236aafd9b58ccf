package org.chainatlas.account.web;

import java.util.List;
import java.util.Map;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.NewUser;
import org.chainatlas.account.Role;
import org.chainatlas.account.internal.AccountServices;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.web.FormErrors;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own page (password, API tokens) and user administration for administrators and organisers. */
@Controller
class AccountPages {

    private final AccountServices accounts;
    private final CurrentActor currentActor;
    private final Regions regions;

    AccountPages(AccountServices accounts, CurrentActor currentActor, Regions regions) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.regions = regions;
    }

    @GetMapping("/account")
    String account(Model model) {
        return accountPage(model, Map.of(), null, null);
    }

    private String accountPage(Model model, Map<String, String> errors, String message, String newToken) {
        Actor actor = currentActor.require("open", "the account page");
        model.addAttribute("actor", actor);
        model.addAttribute("user", accounts.management().find(actor.userId()).orElseThrow());
        model.addAttribute("tokens", accounts.tokens().mine());
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("newToken", newToken);
        model.addAttribute("regions", regions);
        return "account/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, Model model) {
        Actor actor = currentActor.require("change", "the password");
        try {
            accounts.management().changePassword(actor.username(), currentPassword, newPassword);
        } catch (InvalidInput e) {
            return accountPage(model, FormErrors.of(e), null, null);
        }
        return accountPage(model, Map.of(), "password-changed", null);
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(required = false) String name, Model model) {
        try {
            return accountPage(model, Map.of(), null, accounts.tokens().create(name).token());
        } catch (InvalidInput e) {
            return accountPage(model, FormErrors.of(e), null, null);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        accounts.tokens().revoke(id);
        return "redirect:/account";
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        return usersPage(model, Map.of(), null);
    }

    private String usersPage(Model model, Map<String, String> errors, String created) {
        return usersPage(model, errors, created, Map.of());
    }

    /** The users page; {@code typed}: the refused form's values, shown again (the password never is). */
    private String usersPage(Model model, Map<String, String> errors, String created, Map<String, String> typed) {
        Actor actor = currentActor.require("manage", "users");
        if (!actor.isAdmin() && !actor.is(Role.ORGANISER)) {
            throw new Forbidden("manage", "users");
        }
        model.addAttribute("users", accounts.management().visibleUsers());
        model.addAttribute("roles", actor.isAdmin() ? List.of(Role.values()) : List.of(Role.LOCALITY, Role.SERVICE_OFFICER));
        // an organiser creates users of its own province only: other places are not offered to be refused
        model.addAttribute("places", regions.all().stream().filter(r -> actor.isAdmin() || actor.governs(r.code()))
                .sorted(java.util.Comparator.comparing(r -> r.code())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        model.addAttribute("typed", typed);
        model.addAttribute("me", actor.userId());
        model.addAttribute("offersEnterprise", actor.isAdmin());
        model.addAttribute("regions", regions);
        return "account/users";
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
            @RequestParam(required = false) String displayName, @RequestParam(required = false) String email,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Long parkId, @RequestParam(required = false) Long enterpriseId, Model model) {
        Map<String, String> typed = org.chainatlas.platform.web.FormValues.typed("username", username, "displayName", displayName,
                "email", email, "role", role == null ? null : role.name(), "regionCode", regionCode, "enterpriseId",
                enterpriseId == null ? null : String.valueOf(enterpriseId));
        try {
            accounts.management().create(new NewUser(username, password, displayName, email, role,
                    regionCode == null || regionCode.isBlank() ? null : regionCode, parkId, enterpriseId));
        } catch (InvalidInput e) {
            return usersPage(model, FormErrors.of(e), null, typed);
        } catch (Conflict e) {
            return usersPage(model, Map.of(e.field(), e.getMessage()), null, typed);
        } catch (Forbidden e) {
            // a place or role outside the organiser's scope, sent anyway: said at the form, which stays
            String place = regionCode == null || regionCode.isBlank() ? "–" : regionCode;
            return usersPage(model, Map.of(role == Role.LOCALITY || role == Role.SERVICE_OFFICER ? "regionCode" : "role",
                    org.chainatlas.platform.ErrorTexts.of("error.regionNotGovernedUser", "you may not create this user there: "
                            + e.getMessage(), place)), null, typed);
        }
        return usersPage(model, Map.of(), username);
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled) {
        accounts.management().setEnabled(id, enabled);
        return "redirect:/admin/users";
    }
}
