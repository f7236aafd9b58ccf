package org.chainatlas.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chainatlas.platform.InvalidInput.FieldError;

/**
 * Collects field errors with their paths while a form or request body is checked, and throws them together.
 * Checks that need the domain (known regions, segments) stay in the modules; this holds the common ones.
 */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,32}");

    private final List<FieldError> errors = new ArrayList<>();

    /** Refuses a field with a message code (resolved in the reader's language) and its English text. */
    public Validation reject(String field, String code, String english, Object... args) {
        errors.add(new FieldError(field, english, code, java.util.Arrays.asList(args)));
        return this;
    }

    /** Adds a refusal made elsewhere (a policy's), keeping its code. */
    public Validation reject(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "error.blank", "must not be blank");
            }
        } else if (value.length() > max) {
            reject(field, "error.tooLong", "at most " + max + " characters (got " + value.length() + ")", max, value.length());
        } else if (hasControlCharacters(value)) {
            reject(field, "error.control", "must not contain control characters (such as NUL) or invisible formatting characters "
                    + "(direction overrides, zero-width spaces and the like)");
        }
    }

    /**
     * A one-line text: a name or title, shown in lists, tooltips, titles and file names. Besides what {@link #text}
     * refuses, it holds no line break or tab.
     */
    public void line(String field, String value, int max, boolean required) {
        int before = errors.size();
        text(field, value, max, required);
        if (errors.size() == before && value != null
                && value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029')) {
            reject(field, "error.lineBreak", "must be one line: no line breaks or tabs");
        }
    }

    /**
     * Control characters other than line breaks and tabs (invisible, refused by PostgreSQL (NUL), never meant), and the
     * invisible format characters that reorder or hide text where it is shown — bidirectional overrides, embeddings and
     * isolates, zero-width space, word joiner, byte-order mark, direction marks, soft hyphen, interlinear annotation marks,
     * Hangul fillers — which make two names that look the
     * same differ, or a name read differently than it is stored (U+202E). The zero-width joiner stays: emoji need it.
     */
    public static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' || invisibleFormat(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean invisibleFormat(char c) {
        return c == '\u200B' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c == '\u2060'
                || c >= '\u2066' && c <= '\u2069' || c == '\uFEFF' || c == '\u061C' || c == '\u00AD'
                || c >= '\uFFF9' && c <= '\uFFFB' || c == '\u3164' || c == '\u115F' || c == '\u1160' || c == '\uFFA0';
    }

    public void required(String field, Object value) {
        if (value == null) {
            reject(field, "error.required", "is required");
        }
    }

    /** A number inside [min, max] when present. */
    public void range(String field, Number value, double min, double max, String unit) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            reject(field, "error.notFinite", "must be a finite number (got " + value + ")", String.valueOf(value));
        } else if (v < 0 && min >= 0) {
            reject(field, "error.negative", "must not be negative (got " + typed(v) + ")", typed(v));
        } else if (v < min || v > max) {
            reject(field, "error.outside", typed(v) + " is outside " + plain(min) + "–" + plain(max) + (unit == null ? "" : " " + unit),
                    typed(v), plain(min), plain(max), unit == null ? "" : new ErrorTexts.Unit(unit));
        }
    }

    public void email(String field, String value) {
        if (value != null && !value.isBlank() && (value.length() > 255 || !EMAIL.matcher(value).matches())) {
            reject(field, "error.email", "'" + value + "' is not an e-mail address", value);
        }
    }

    public void phone(String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
            reject(field, "error.phone", "'" + value + "' is not a phone number (digits, spaces, + - ( ) only)", value);
        }
    }

    /** Longitude and latitude given together and inside China's bounding box, or both absent. */
    public void coordinates(String path, Double longitude, Double latitude) {
        String prefix = path == null || path.isEmpty() ? "" : path + ".";
        if (longitude == null && latitude == null) {
            return;
        }
        if (longitude == null || latitude == null) {
            reject(prefix + (longitude == null ? "longitude" : "latitude"), "error.coordinatesTogether", "give longitude and latitude together");
            return;
        }
        if (!Double.isFinite(longitude) || !Double.isFinite(latitude)) {
            reject(prefix + (Double.isFinite(longitude) ? "latitude" : "longitude"), "error.notFinite", "must be a finite number", "");
            return;
        }
        if (longitude < 73 || longitude > 136) {
            reject(prefix + "longitude", "error.longitude", longitude + " is outside China (73–136° E)", String.valueOf(longitude));
        }
        if (latitude < 3 || latitude > 54) {
            reject(prefix + "latitude", "error.latitude", latitude + " is outside China (3–54° N)", String.valueOf(latitude));
        }
    }

    /** A number as a person types it: 99999999999, not 9.9999999999E10. */
    static String typed(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
