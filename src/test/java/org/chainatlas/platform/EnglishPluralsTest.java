package org.chainatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** English counts agree with their nouns ("1 partnerships" on the event dashboard). */
class EnglishPluralsTest {

    @Test
    void theDashboardsCountsAgreeWithTheirNouns() throws Exception {
        Properties english = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("messages_en.properties").getInputStream(), StandardCharsets.UTF_8)) {
            english.load(reader);
        }
        MessageFormat partnerships = new MessageFormat(english.getProperty("event.dashboard.partnerships"), Locale.ENGLISH);
        assertThat(partnerships.format(new Object[] {0L, 1L})).startsWith("no landing projects").contains("1 partnership between");
        assertThat(partnerships.format(new Object[] {2L, 3L})).startsWith("2 landing projects").contains("3 partnerships between");
        assertThat(partnerships.format(new Object[] {1L, 1200L})).startsWith("1 landing project (").contains("1,200 partnerships");
    }
}
