package org.chainatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MessagesInSyncTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).as("keys missing in English")
                .containsAll(chinese.stringPropertyNames());
        assertThat(chinese.stringPropertyNames()).as("keys missing in Chinese")
                .containsAll(english.stringPropertyNames());
    }

    /**
     * A message with arguments is a MessageFormat pattern, where a single apostrophe quotes: '{0}' prints "{0}", not
     * the value. Quoted values are written ''{0}'' (or with other quotation marks).
     */
    @Test
    void noPlaceholderIsQuotedAway() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            properties.forEach((key, value) -> {
                String pattern = value.toString();
                if (pattern.matches("(?s).*\\{\\d.*")) {
                    String formatted = new java.text.MessageFormat(pattern, java.util.Locale.ROOT)
                            .format(new Object[] {"A0", "A1", "A2", "A3", "A4", "A5"});
                    assertThat(formatted).as(file + " " + key + ": an apostrophe quotes a placeholder away").doesNotContain("{");
                    assertThat(pattern.replace("''", "")).as(file + " " + key + ": a single apostrophe is dropped").doesNotContain("'");
                }
            });
        }
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            properties.forEach((key, value) -> assertThat(value.toString()).as(file + " " + key).isNotBlank());
        }
    }
}
