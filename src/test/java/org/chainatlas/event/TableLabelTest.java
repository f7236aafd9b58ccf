package org.chainatlas.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A negotiation table is said in the reader's language: 号桌 was generated into English pages. */
class TableLabelTest {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aTableIsSaidInTheReadersLanguageWithItsAreaAsNamed() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(Views.tableLabel("A区", 11)).isEqualTo("A区 11号桌");
        assertThat(Views.tableLabel(null, 3)).isEqualTo("3号桌");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(Views.tableLabel("A区", 11)).isEqualTo("A区 table 11");
        assertThat(Views.tableLabel("", 3)).isEqualTo("table 3");
    }
}
