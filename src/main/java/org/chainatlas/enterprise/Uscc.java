package org.chainatlas.enterprise;

import java.util.regex.Pattern;

/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters — registration authority,
 * organisation type, 6-digit region code, 9-character organisation code (GB 11714, with its own check
 * digit) and a final check character over the first 17, modulo 31.
 */
public record Uscc(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    public Uscc {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why the text is not a valid USCC, or null when it is. */
    public static String problem(String text) {
        if (text == null || text.length() != 18) {
            return "must be 18 characters";
        }
        if (!SHAPE.matcher(text).matches()) {
            return "contains characters not allowed in a USCC (digits and capital letters except I, O, Z, S, V)";
        }
        char expected = checkCharacter(text.substring(0, 17));
        if (text.charAt(17) != expected) {
            return "check character is '" + text.charAt(17) + "' but should be '" + expected + "'";
        }
        return null;
    }

    public static boolean isValid(String text) {
        return problem(text) == null;
    }

    /** The GB 32100 check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** The GB 11714 check digit for an 8-character organisation code body. */
    public static char organisationCheck(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Composes a valid enterprise USCC (authority 9 工商, type 1 企业) from a region code and an 8-digit serial. */
    public static Uscc compose(String regionCode, long serial) {
        String body = String.format("%08d", serial % 100_000_000L);
        String first17 = "91" + regionCode + body + organisationCheck(body);
        return new Uscc(first17 + checkCharacter(first17));
    }

    @Override
    public String toString() {
        return value;
    }
}
