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
        return english() && en != null && !en.isBlank() ? en : zh;
    }
}
