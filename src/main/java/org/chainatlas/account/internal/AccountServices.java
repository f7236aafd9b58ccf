package org.chainatlas.account.internal;

import org.springframework.stereotype.Component;

/** The account module's services for its own web layer. */
@Component
public class AccountServices {

    private final AccountManagement management;
    private final PersonalTokens tokens;
    private final PasswordRecovery recovery;

    AccountServices(AccountManagement management, PersonalTokens tokens, PasswordRecovery recovery) {
        this.management = management;
        this.tokens = tokens;
        this.recovery = recovery;
    }

    public AccountManagement management() {
        return management;
    }

    public PersonalTokens tokens() {
        return tokens;
    }

    public PasswordRecovery recovery() {
        return recovery;
    }
}
