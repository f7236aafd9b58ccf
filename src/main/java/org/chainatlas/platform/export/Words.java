package org.chainatlas.platform.export;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Enum values in the words the pages use, for files people print and clerks read: never a code like SIGNED. */
public final class Words {

    private Words() {
    }

    /** The Chinese words of {@code prefix + value.name()} (exports are Chinese documents); "" for no value. */
    public static String zh(MessageSource messages, String prefix, Enum<?> value) {
        return value == null ? "" : zh(messages, prefix + value.name());
    }

    /**
     * The words of a message key in the reader's language, for files that follow the reader (an opportunity list a
     * foreign investor downloads, a participant's own schedule); official documents stay Chinese ({@link #zh}).
     */
    public static String say(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** An enum value in the reader's language; "" for no value. */
    public static String say(MessageSource messages, String prefix, Enum<?> value) {
        return value == null ? "" : say(messages, prefix + value.name());
    }

    /** The Chinese words of a message key (the key itself where there is none). */
    public static String zh(MessageSource messages, String key) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), Locale.SIMPLIFIED_CHINESE);
    }
}
