package org.chainatlas.account.web;

import java.net.URI;
import java.util.List;

import org.chainatlas.account.Actor;
import org.chainatlas.account.CurrentActor;
import org.chainatlas.account.NewUser;
import org.chainatlas.account.UserView;
import org.chainatlas.account.internal.AccountServices;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "The signed-in user, user administration, personal API tokens")
class UserApi {

    record TokenRequest(String name) {
    }

    private final AccountServices accounts;
    private final CurrentActor currentActor;

    UserApi(AccountServices accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: role and scope")
    Actor me() {
        return currentActor.require("read", "the current user");
    }

    @GetMapping("/users")
    @Operation(summary = "Users an administrator (all) or an organiser (its region) may see")
    List<UserView> users() {
        return accounts.management().visibleUsers();
    }

    @PostMapping("/users")
    @Operation(summary = "Create a user (administrators; organisers: locality and service officers in their region)")
    ResponseEntity<UserView> create(@RequestBody NewUser user) {
        UserView created = accounts.management().create(user);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/users/{id}/enabled")
    @Operation(summary = "Enable or disable a user (administrators)")
    ResponseEntity<Void> enable(@PathVariable long id, @RequestParam boolean enabled) {
        accounts.management().setEnabled(id, enabled);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    @Operation(summary = "My personal API tokens (secrets are never shown again)")
    Object tokens() {
        return accounts.tokens().mine();
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create a personal API token; the answer holds its secret, shown only this once")
    Object createToken(@RequestBody TokenRequest request) {
        return accounts.tokens().create(request.name());
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        accounts.tokens().revoke(id);
        return ResponseEntity.noContent().build();
    }
}
