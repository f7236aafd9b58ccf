package org.chainatlas.platform.export;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Enum values in the words the pages use, for files people print and clerks read: never a code like SIGNED. */
public final class Words {

    private Words() {
    }

    /** The Chinese words of {@code prefix + value.name()} (exports are Chinese documents); "" for no value. */
    public static String zh(MessageSource messages, String prefix, Enum<?> value) {
        return value == null ? "" : messages.getMessage(prefix + value.name(), null, value.name(), Locale.SIMPLIFIED_CHINESE);
    }
}
