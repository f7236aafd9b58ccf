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

    /**
     * What a form could not read ({@code unread}: a number that is none, a date that is no date), then the rules'
     * refusals of the fields that were read — a field unread is not also said to be missing.
     */
    public static List<InvalidInput.FieldError> unreadThenRules(List<InvalidInput.FieldError> unread,
            List<InvalidInput.FieldError> rules) {
        List<InvalidInput.FieldError> all = new java.util.ArrayList<>(unread);
        java.util.Set<String> fields = new java.util.HashSet<>();
        unread.forEach(e -> fields.add(e.field()));
        rules.stream().filter(e -> !fields.contains(e.field())).forEach(all::add);
        return all;
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

    /**
     * The errors of a form whose amounts are typed in 万元 while the rules check them in yuan: an error of a yuan field
     * ({@code wanFields}: yuan field → form field) is shown at the form's field, its figures in 万元 as typed.
     */
    public static Map<String, String> of(InvalidInput e, Map<String, String> wanFields) {
        return of(e.errors().stream().map(error -> inWan(error, wanFields.get(error.field()))).toList());
    }

    /** One error of a yuan field restated for the form field (or file column) that takes it in 万元; null leaves it as it is. */
    public static InvalidInput.FieldError inWan(InvalidInput.FieldError error, String wanField) {
        if (wanField == null) {
            return error;
        }
        List<Object> args = error.args().stream().map(a -> a instanceof Number n ? (Object) (n.doubleValue() / 10_000)
                : a instanceof String text && text.matches("-?\\d+(\\.\\d+)?") ? (Object) (Double.parseDouble(text) / 10_000)
                : a instanceof org.chainatlas.platform.ErrorTexts.Unit u && u.english().equals("CNY")
                        ? new org.chainatlas.platform.ErrorTexts.Unit("10k CNY") : a).toList();
        // the messages that name the unit in words have a 万元 version
        String code = "error.amountRequired".equals(error.code()) || "error.amountTooSmall".equals(error.code())
                ? error.code() + "Wan" : error.code();
        return new InvalidInput.FieldError(wanField, error.message(), code, args);
    }

    /**
     * The binder's type errors together with the rules' refusals of every other field, so that one submission says all
     * that is wrong (a price typed as letters hid a bad e-mail and longitude until the next submission).
     */
    public static Map<String, String> of(BindingResult binding, List<InvalidInput.FieldError> others) {
        Map<String, String> map = new LinkedHashMap<>(of(binding));
        for (InvalidInput.FieldError error : others) {
            if (!map.containsKey(error.field())) {
                map.put(error.field(), org.chainatlas.platform.ErrorTexts.of(error));
            }
        }
        return map;
    }

    /** The values the binder could not take, as typed, by field: a form shows them again instead of an empty field. */
    public static Map<String, String> rejected(BindingResult binding) {
        Map<String, String> map = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(f -> map.put(f.getField(), f.getRejectedValue() == null ? "" : String.valueOf(f.getRejectedValue())));
        return map;
    }

    /** Type errors of the binder (e.g. letters in a number field) in the same shape. */
    public static Map<String, String> of(BindingResult binding) {
        Map<String, String> map = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(f -> map.put(f.getField(), org.chainatlas.platform.ErrorTexts.of("error.notAValue",
                "'" + f.getRejectedValue() + "' is not a valid value", String.valueOf(f.getRejectedValue()))));
        return map;
    }
}
