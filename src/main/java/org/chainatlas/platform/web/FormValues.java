package org.chainatlas.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.InvalidInput;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What page forms share: reading a typed date or a blank field, and running a form's action so that its result
 * comes back to the page it was posted from (a message key on success, the errors by field otherwise).
 */
public final class FormValues {

    private FormValues() {
    }

    /** A date typed as yyyy-mm-dd, null when empty; anything else is an error on that field. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.coded(field, "import.notDate", "'" + value + "' is not a date (yyyy-mm-dd)", value);
        }
    }

    /** The largest amount a form takes in 万元 (10^15 yuan, beyond every rule's own bound): larger is a typing error. */
    public static final double MAX_WAN = 1e11;

    /** An amount typed in 万元 (10,000 yuan; thousands separators allowed), in yuan; null when empty. */
    public static Long wan(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double typed;
        try {
            typed = Double.parseDouble(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.coded(field, "error.notAWanAmount", "'" + value + "' is not an amount in 万元", value.strip());
        }
        return wanToYuan(field, typed);
    }

    /** An amount bound as a number of 万元, in yuan; null stays null. */
    public static Long wanToYuan(String field, Double wan) {
        if (wan == null) {
            return null;
        }
        if (!Double.isFinite(wan) || Math.abs(wan) > MAX_WAN) {
            // the figure as typed, not 1.0E20
            String typed = Double.isFinite(wan) ? new java.math.BigDecimal(wan).stripTrailingZeros().toPlainString() : String.valueOf(wan);
            throw InvalidInput.coded(field, "error.wanTooLarge", typed + " is not an amount in 万元 (at most 100000000000)", typed);
        }
        return Math.round(wan * 10_000);
    }

    /** The text stripped, or null when there is none. */
    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Runs a page form's action and redirects to {@code target}: with the message key when it worked, with the
     * field errors (invalid input, conflicts, refused transitions) when it did not; nothing is stored then.
     */
    /**
     * After {@link #act} refused a form, what was typed (name, value, name, value …; null as empty) as flash attribute
     * {@code form}, for the page to fill the form in again; answers {@code target}.
     */
    public static String kept(RedirectAttributes redirect, String form, String target, String... typed) {
        if (redirect.getFlashAttributes().containsKey("errors")) {
            redirect.addFlashAttribute(form, typed(typed));
        }
        return target;
    }

    /** What was typed (name, value, name, value …; null as empty) by name, for a refused form to be filled in again. */
    public static Map<String, String> typed(String... typed) {
        Map<String, String> sent = new java.util.HashMap<>();
        for (int i = 0; i + 1 < typed.length; i += 2) {
            sent.put(typed[i], typed[i + 1] == null ? "" : typed[i + 1]);
        }
        return sent;
    }

    public static String act(RedirectAttributes redirect, String target, String message, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", Map.of(e.field(), e.getMessage()));
        }
        return "redirect:" + target;
    }
}
