package org.chainatlas.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A path that no page or file answers: a browser (asking for HTML, outside {@code /api}) gets the not-found page in
 * its language; API clients and everything else get problem details as JSON, as before.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 2)
class MissingPages {

    private final MessageSource messages;

    MissingPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView missing(NoResourceFoundException e, HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (request.getRequestURI().startsWith("/api/") || accept == null || !accept.contains("text/html")) {
            JacksonJsonView json = new JacksonJsonView();
            json.setContentType("application/problem+json");
            json.setExtractValueFromSingleKeyModel(true);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Not Found");
            problem.put("status", 404);
            problem.put("detail", e.getMessage());
            problem.put("instance", request.getRequestURI());
            return new ModelAndView(json, Map.of("problem", problem));
        }
        ExtendedModelMap model = new ExtendedModelMap();
        String view = PageErrors.notFoundPage(messages, model, "page", request.getRequestURI());
        return new ModelAndView(view, model);
    }
}
