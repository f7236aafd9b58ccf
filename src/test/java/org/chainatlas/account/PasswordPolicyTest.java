package org.chainatlas.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(PasswordPolicy.problem("harbour-lights-2025", "alice")).isNull();
    }

    @Test
    void refusesShortOnlyDigitsUsernameAndCommonPasswords() {
        assertThat(PasswordPolicy.problem("abc123", "alice")).contains("at least 10");
        assertThat(PasswordPolicy.problem("abcdefghijkl", "alice")).contains("letters and digits");
        assertThat(PasswordPolicy.problem("alice-2025-x", "alice")).contains("user name");
        assertThat(PasswordPolicy.problem("Password1234", "bob")).contains("most common");
    }
}
