package org.chainatlas.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.platform.InvalidInput;
import org.springframework.validation.BindingResult;

/**
 * Field errors of a page form as field → message, for templates ({@code errors['nameZh']}). Paths from the
 * domain rules are kept as they are and also shortened to their last segment, so a form field named
 * {@code longitude} shows the error of {@code facilities[0].longitude}.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(InvalidInput e) {
        return of(e.errors());
    }

    public static Map<String, String> of(List<InvalidInput.FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        for (InvalidInput.FieldError error : errors) {
            String text = org.chainatlas.platform.ErrorTexts.of(error);
            map.merge(error.field(), text, (a, b) -> a + "; " + b);
            String last = error.field().replaceAll("^.*[.\\]]", "");
            if (!last.isEmpty() && !last.equals(error.field())) {
                map.putIfAbsent(last, text);
            }
            String base = error.field().replaceAll("\\[\\d+]$", "");
            if (!base.equals(error.field())) {
                map.putIfAbsent(base, text);
            }
        }
        return map;
    }

    /** Type errors of the binder (e.g. letters in a number field) in the same shape. */
    public static Map<String, String> of(BindingResult binding) {
        Map<String, String> map = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(f -> map.put(f.getField(), "'" + f.getRejectedValue() + "' is not a valid value"));
        return map;
    }
}
