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

    /** The Chinese words of a message key (the key itself where there is none). */
    public static String zh(MessageSource messages, String key) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), Locale.SIMPLIFIED_CHINESE);
    }
}
