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

    /** A schedule's score is said in words (organisers saw "0hard/0medium/-13soft"); an amount as typed for a form. */
    @Test
    void aScheduleScoreAndAFormAmountAreSaidForPeople() {
        Formats f = new Formats();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(f.scheduleScore("0hard/-2medium/-13soft")).isEqualTo("冲突 0 · 未排入（按优先级）2 · 空档与换桌 13");
        assertThat(f.scheduleScore(null)).isEqualTo("–");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(f.scheduleScore("-1hard/0medium/0soft")).startsWith("conflicts 1 ·");
        assertThat(f.wanValue(123_456_789L)).isEqualTo("12345.6789");
        assertThat(f.wanValue(5_000_000_000L)).isEqualTo("500000");
        assertThat(f.wanValue(null)).isEmpty();
    }
}
