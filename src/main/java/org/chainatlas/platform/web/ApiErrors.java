package org.chainatlas.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.TooManyRequests;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.validation.ConstraintViolationException;

/**
 * Every API error as RFC 9457 problem details. Validation failures carry an {@code errors} list of
 * {@code {field, message}} with the field path as the client sent it (e.g. {@code nodes[2].stage}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private static final URI VALIDATION = URI.create("urn:chainatlas:problem:validation");

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setType(URI.create("urn:chainatlas:problem:not-found"));
        problem.setProperty("resource", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        problem.setType(URI.create("urn:chainatlas:problem:forbidden"));
        problem.setProperty("action", e.action());
        problem.setProperty("resource", e.resource());
        return problem;
    }

    @ExceptionHandler(org.chainatlas.platform.Busy.class)
    ProblemDetail busy(org.chainatlas.platform.Busy e, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Busy");
        problem.setType(URI.create("urn:chainatlas:problem:busy"));
        return problem;
    }

    @ExceptionHandler(TooManyRequests.class)
    ProblemDetail tooMany(TooManyRequests e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many requests");
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.english());
        problem.setTitle("Conflict");
        problem.setType(URI.create("urn:chainatlas:problem:conflict"));
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.english())));
        return problem;
    }

    /**
     * Safety net: the database refused a write the services did not foresee: a race on a unique key or a version
     * is a 409 (retry after reloading), an unforeseen missing or out-of-range value a 400. Nothing was stored.
     */
    @ExceptionHandler({org.springframework.dao.DataIntegrityViolationException.class,
            org.springframework.dao.OptimisticLockingFailureException.class})
    ProblemDetail integrity(RuntimeException e) {
        DatabaseRefusal refusal = DatabaseRefusal.of(e);
        if (refusal.status() == HttpStatus.BAD_REQUEST) {
            return validation(List.of(Map.of("field", refusal.field(), "message", refusal.message())));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.message());
        problem.setTitle("Conflict");
        problem.setType(URI.create("urn:chainatlas:problem:conflict"));
        problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "message", refusal.message())));
        return problem;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return validation(e.errors().stream().map(f -> f.code() == null ? Map.of("field", f.field(), "message", f.message())
                : Map.of("field", f.field(), "message", f.message(), "code", f.code())).toList());
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail bind(BindException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getFieldErrors().forEach(f -> errors.add(Map.of("field", f.getField(),
                "message", String.valueOf(f.getDefaultMessage()))));
        e.getGlobalErrors().forEach(g -> errors.add(Map.of("field", g.getObjectName(),
                "message", String.valueOf(g.getDefaultMessage()))));
        return validation(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail methodValidation(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> errors.add(Map.of("field", String.valueOf(name),
                    "message", String.valueOf(err.getDefaultMessage()))));
        });
        return validation(errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e) {
        return validation(e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage())).toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return validation(List.of(Map.of("field", e.getName(), "message", "'" + e.getValue() + "' is not a valid value")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return validation(List.of(Map.of("field", e.getParameterName(), "message", "is required")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        String field = "body";
        String message = cause.getMessage();
        // a value of the wrong shape: named by its place in the body (hostsZh, sessions[0].startsAt), not by the server's
        // classes ("org.chainatlas.event.EventForm[\"hostsZh\"]", found by exploratory QA)
        if (cause instanceof tools.jackson.core.JacksonException json) {
            message = json.getOriginalMessage();
        }
        // a syntax error is the whole body's; a value that does not fit its field is the field's
        if (cause instanceof tools.jackson.databind.DatabindException json) {
            StringBuilder path = new StringBuilder();
            for (tools.jackson.core.JacksonException.Reference r : json.getPath()) {
                if (r.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            if (!path.isEmpty()) {
                field = path.toString();
            }
        }
        message = message == null ? "unreadable" : message.replaceAll("(?s)\\s*\\(through reference chain:.*$", "")
                .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1");
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        return validation(List.of(Map.of("field", field, "message", "malformed JSON: " + message)));
    }

    /** Anything unexpected: a 500 problem with an id to find the logged stack trace, never the internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        String id = java.util.UUID.randomUUID().toString().substring(0, 8);
        org.slf4j.LoggerFactory.getLogger(ApiErrors.class).error("Unexpected error {}", id, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "unexpected error; reference " + id);
        problem.setTitle("Internal error");
        problem.setProperty("reference", id);
        return problem;
    }

    private ProblemDetail validation(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(e -> e.get("field") + ": " + e.get("message")).reduce((a, b) -> a + "; " + b)
                        .orElse("invalid request"));
        problem.setTitle("Invalid request");
        problem.setType(VALIDATION);
        problem.setProperty("errors", errors);
        return problem;
    }
}
