package org.chainatlas.platform;

import java.util.List;

/**
 * A change refused because the stored state does not allow it (taken, changed meanwhile, already done). Its
 * {@link #english()} text is what the API answers; {@link #getMessage()} says it in the reader's language where the
 * conflict has a message code (pages show it), else in English.
 */
public class Conflict extends RuntimeException {

    private final String field;
    private final String code;
    private final List<Object> args;

    public Conflict(String field, String message) {
        this(field, message, null);
    }

    /** A conflict with a message code ({@code messages.properties}) and its arguments, for pages in the reader's language. */
    public Conflict(String field, String english, String code, Object... args) {
        super(english);
        this.field = field;
        this.code = code;
        this.args = args == null ? List.of() : java.util.Arrays.asList(args);
    }

    /** The message code, or null for a conflict said in English only. */
    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** The English text, as the API answers it. */
    public String english() {
        return super.getMessage();
    }

    @Override
    public String getMessage() {
        return code == null ? super.getMessage() : ErrorTexts.of(code, super.getMessage(), args.toArray());
    }
}
