package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Amounts as each reader counts them: 亿元 and 万元 in Chinese, billions and millions in English (not "× 100M CNY"). */
class FormatsMoneyTest {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void amountsAreSaidInTheReadersUnits() {
        Formats f = new Formats();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(f.money(777_102_000_000L)).isEqualTo("7,771.02 亿元");
        assertThat(f.money(3_000_000L)).isEqualTo("300 万元");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(f.money(777_102_000_000L)).isEqualTo("777.10 billion CNY");
        assertThat(f.money(3_000_000L)).isEqualTo("3.0 million CNY");
        assertThat(f.money(5_000L)).isEqualTo("5,000 CNY");
        assertThat(f.money(null)).isEqualTo("–");
    }
}
