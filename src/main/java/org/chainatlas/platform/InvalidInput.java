package org.chainatlas.platform;

import java.util.List;

/**
 * Input rejected by domain validation, with every offending field path. Answered as 400 problem details
 * whose {@code errors} list names each field.
 */
public class InvalidInput extends RuntimeException {

    /**
     * One refused field: its path, the reason in English (what the API answers), and where it has one, a message
     * code with its arguments (see {@link ErrorTexts}) so that pages and import reports say it in the reader's
     * language.
     */
    public record FieldError(String field, String message, String code, List<Object> args) {

        public FieldError(String field, String message) {
            this(field, message, null, List.of());
        }

        public FieldError {
            args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }
    }

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    /** One field refused with a message code, its English text and the code's arguments. */
    public static InvalidInput coded(String field, String code, String english, Object... args) {
        return new InvalidInput(List.of(new FieldError(field, english, code, java.util.Arrays.asList(args))));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
