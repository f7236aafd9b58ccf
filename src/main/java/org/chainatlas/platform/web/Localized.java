package org.chainatlas.platform.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/** Picks the Chinese or English form of a bilingual domain value for the current request. */
public final class Localized {

    private Localized() {
    }

    public static boolean english() {
        return english(LocaleContextHolder.getLocale());
    }

    public static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public static String pick(String zh, String en) {
        return pick(zh, en, LocaleContextHolder.getLocale());
    }

    /** {@link #pick(String, String)} for a given locale (work done outside the request's locale context). */
    public static String pick(String zh, String en, Locale locale) {
        return english(locale) && en != null && !en.isBlank() ? en : zh;
    }
}
