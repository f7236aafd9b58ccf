package org.chainatlas.platform.web;

import org.chainatlas.platform.Forbidden;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.Conflict;
import org.chainatlas.platform.TooManyRequests;
import org.chainatlas.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Errors on server-rendered pages: a readable page in the user's language, with the right status. */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1) // after ApiErrors, before the problem-details default
class PageErrors {

    private final org.springframework.context.MessageSource messages;

    PageErrors(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model) {
        return notFoundPage(messages, model, e.kind(), e.id());
    }

    /** The not-found page: what was missing named in the reader's language ({@code error.kind.*}; the code's word if none). */
    static String notFoundPage(org.springframework.context.MessageSource messages, Model model, String kind, Object id) {
        model.addAttribute("status", 404);
        model.addAttribute("kind", messages.getMessage("error.kind." + kind.replace(' ', '-'), null, kind,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("id", id);
        return "error/not-found";
    }

    @ExceptionHandler(Forbidden.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Forbidden e, Model model) {
        model.addAttribute("action", e.action());
        model.addAttribute("resource", e.resource());
        return "error/forbidden";
    }

    @ExceptionHandler(org.chainatlas.platform.Busy.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String busy(org.chainatlas.platform.Busy e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        model.addAttribute("errors", java.util.List.of(new InvalidInput.FieldError(org.chainatlas.platform.ErrorTexts.label("request"), e.getMessage())));
        return "error/invalid";
    }

    @ExceptionHandler(TooManyRequests.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooMany(TooManyRequests e, Model model) {
        model.addAttribute("errors", java.util.List.of(new InvalidInput.FieldError(org.chainatlas.platform.ErrorTexts.label("request"), e.getMessage())));
        return "error/invalid";
    }

    @ExceptionHandler(Conflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Conflict e, Model model) {
        model.addAttribute("errors", java.util.List.of(new InvalidInput.FieldError(org.chainatlas.platform.ErrorTexts.label(e.field()), e.getMessage())));
        return "error/invalid";
    }

    @ExceptionHandler({org.springframework.dao.DataIntegrityViolationException.class,
            org.springframework.dao.OptimisticLockingFailureException.class})
    String integrity(RuntimeException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        DatabaseRefusal refusal = DatabaseRefusal.of(e);
        response.setStatus(refusal.status().value());
        model.addAttribute("errors", java.util.List.of(new InvalidInput.FieldError(org.chainatlas.platform.ErrorTexts.label(refusal.field()), refusal.pageMessage())));
        return "error/invalid";
    }

    /** A page opened without a parameter it needs (e.g. {@code /match/partners} without a need): a page, not JSON. */
    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missing(org.springframework.web.bind.MissingServletRequestParameterException e, Model model) {
        model.addAttribute("errors", java.util.List.of(new InvalidInput.FieldError(org.chainatlas.platform.ErrorTexts.label(e.getParameterName()),
                org.chainatlas.platform.ErrorTexts.of("error.param.missing", "is required: open this page from a link that gives it"))));
        return "error/invalid";
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String mismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e, Model model) {
        model.addAttribute("errors", java.util.List.of(new InvalidInput.FieldError(org.chainatlas.platform.ErrorTexts.label(e.getName()),
                org.chainatlas.platform.ErrorTexts.of("error.notAValue", "'" + e.getValue() + "' is not a valid value", e.getValue()))));
        return "error/invalid";
    }

    @ExceptionHandler(InvalidInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInput e, Model model) {
        // said in the reader's language, each under its field's label (the page showed the English text and field names)
        model.addAttribute("errors", e.errors().stream().map(f -> new InvalidInput.FieldError(
                org.chainatlas.platform.ErrorTexts.label(f.field()), org.chainatlas.platform.ErrorTexts.of(f))).toList());
        return "error/invalid";
    }
}
