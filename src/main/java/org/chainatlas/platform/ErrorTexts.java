package org.chainatlas.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says a refusal in the reader's language. A {@link InvalidInput.FieldError} with a message code is resolved in the
 * current locale (the request's, or the one an import job was started in), with its arguments; without a code, or
 * before the application context is up (unit tests), its English text stands. The API keeps answering the English
 * text and adds the code; pages, import reports and their error files use this.
 */
@Component
public class ErrorTexts {

    private static volatile MessageSource source;

    ErrorTexts(MessageSource messages) {
        source = messages;
    }

    /** The refusal in the current locale. */
    public static String of(InvalidInput.FieldError error) {
        return of(error.code(), error.message(), error.args().toArray());
    }

    /** A coded message in the current locale, or {@code english} when the code is unknown or absent. */
    public static String of(String code, String english, Object... args) {
        MessageSource messages = source;
        if (code == null || messages == null) {
            return english;
        }
        Locale locale = LocaleContextHolder.getLocale();
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            // numbers as typed (no grouping: ids, codes and amounts read back as entered); units in words
            shown[i] = a instanceof Number n ? plain(n)
                    : a instanceof Unit u ? unit(messages.getMessage("unit." + u.english().replace(' ', '_'), null, u.english(), locale),
                            locale)
                    : a;
        }
        return messages.getMessage(code, shown, english, locale);
    }

    /** A unit written after a figure: in English apart from it ("10000000 mu", not "10000000mu"), in Chinese next to it. */
    private static String unit(String text, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return chinese || text.isEmpty() || Character.isWhitespace(text.charAt(0)) ? text : " " + text;
    }

    /**
     * The refusals of an input in one line for a page's message bar: each as "label：message" in the reader's language
     * (the label from a {@code field.*} message, the field's own name where there is none).
     */
    public static String summary(InvalidInput e) {
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder line = new StringBuilder();
        for (InvalidInput.FieldError error : e.errors()) {
            String label = label(error.field());
            if (!line.isEmpty()) {
                line.append(locale.getLanguage().equals("en") ? "; " : "；");
            }
            line.append(label).append(locale.getLanguage().equals("en") ? ": " : "：").append(of(error));
        }
        return line.toString();
    }

    /**
     * A field path as its reader's label: the last name of the path, without an index ({@code weights.fit} → 适配度,
     * {@code provinces[0]} → 省份), from a {@code field.*} message; the name itself where there is none.
     */
    public static String label(String path) {
        String field = path.replaceAll("\\[\\d+]$", "").replaceAll("^.*[.\\]]", "");
        MessageSource messages = source;
        return messages == null ? field : messages.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
    }

    private static String plain(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** A unit of measure given as an argument: said in the reader's language ({@code unit.*} messages). */
    public record Unit(String english) {

        @Override
        public String toString() {
            return english;
        }
    }
}
