package org.chainatlas.platform;

import java.util.List;

/**
 * Input rejected by domain validation, with every offending field path. Answered as 400 problem details
 * whose {@code errors} list names each field.
 */
public class InvalidInput extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
