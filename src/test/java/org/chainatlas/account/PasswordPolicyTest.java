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

    /** What exploratory testing got accepted although every form says weak passwords are refused. */
    @Test
    void refusesCommonWordsWithDigitsRepeatsAndRuns() {
        for (String weak : new String[] {"password123456", "qwerty123456", "abc123abc123", "password12", "qwerty1234", "aaaaaaaaa1",
                "iloveyou2025!", "admin-12345678", "chainatlas2025"}) {
            assertThat(PasswordPolicy.problem(weak, "bob")).as(weak).contains("most common");
        }
        for (String fine : new String[] {"harbour-lights-2025", "demo-2025-chainatlas", "battery-pass-2025", "changed-pass-2026",
                "宜宾临港2025abc"}) {
            assertThat(PasswordPolicy.problem(fine, "bob")).as(fine).isNull();
        }
    }
}
