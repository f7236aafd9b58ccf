package org.chainatlas.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.chainatlas.platform.InvalidInput;

/**
 * Password rules: 10 to 128 characters, at least one letter and one digit, not the user name, not one of the
 * passwords most often found in breaches.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "qwertyuiop", "password123",
            "password1234", "1q2w3e4r5t", "qwerty12345", "abc1234567", "iloveyou123", "admin12345", "a1234567890",
            "woaini1314", "qwe1234567", "aa123456789", "chainatlas1", "changeme123");

    private PasswordPolicy() {
    }

    /** Why the password is not acceptable (in English), or null when it is. */
    public static String problem(String password, String username) {
        return refusal("password", password, username).map(InvalidInput.FieldError::message).orElse(null);
    }

    /** Why the password is not acceptable, as a refusal of {@code field} said in the reader's language; empty when it is. */
    public static Optional<InvalidInput.FieldError> refusal(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return refused(field, "error.password.short", "must have at least " + MIN_LENGTH + " characters", MIN_LENGTH);
        }
        if (password.length() > 128) {
            return refused(field, "error.password.long", "must have at most 128 characters", 128);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return refused(field, "error.password.mix", "must contain letters and digits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return refused(field, "error.password.username", "must not contain the user name");
        }
        if (COMMON.contains(lower) || guessable(lower)) {
            return refused(field, "error.password.common", "is one of the most common passwords");
        }
        return Optional.empty();
    }

    /** Words that make up most guessed passwords, with digits or symbols around them (password12, qwerty123456). */
    private static final java.util.List<String> WORDS = java.util.List.of("administrator", "qwertyuiop", "password", "passw0rd",
            "iloveyou", "welcome", "letmein", "asdfghjkl", "zxcvbnm", "qwerty", "asdfgh", "woaini", "admin", "abcdef", "asdf",
            "zxcv", "abcd", "qwer", "abc", "root", "user", "test", "aaaa", "chainatlas", "changeme");

    /**
     * Guessable beyond the list of the most common ones: a short unit repeated (abc123abc123), at most three distinct
     * characters (aaaaaaaaa1), or nothing but common words, keyboard runs and digits (password12, qwerty123456).
     */
    static boolean guessable(String lower) {
        for (int unit = 1; unit <= lower.length() / 2; unit++) {
            if (lower.length() % unit == 0 && lower.substring(0, unit).repeat(lower.length() / unit).equals(lower)) {
                return true;
            }
        }
        if (lower.chars().distinct().count() <= 3) {
            return true;
        }
        String rest = lower;
        for (String word : WORDS) {
            rest = rest.replace(word, "");
        }
        return rest.replaceAll("[0-9\\p{Punct}\\s]", "").length() < 3;
    }

    private static Optional<InvalidInput.FieldError> refused(String field, String code, String english, Object... args) {
        return Optional.of(new InvalidInput.FieldError(field, english, code, java.util.Arrays.asList(args)));
    }
}
