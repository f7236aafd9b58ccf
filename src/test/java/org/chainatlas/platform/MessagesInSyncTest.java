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

    /** A key written twice: the later line silently wins (a section title once said 待排期 instead of 待排期 / 待发布日程). */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : java.util.List.of("messages.properties", "messages_en.properties")) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            String text = new String(new ClassPathResource(file).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (seen.merge(key, 1, Integer::sum) == 2) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
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
                    // a count said with its noun ({0,choice,1#1 project|1<{0} projects}) takes numbers
                    Object[] args = pattern.contains(",choice,") || pattern.contains(",number")
                            ? new Object[] {2, 2, 2, 2, 2, 2} : new Object[] {"A0", "A1", "A2", "A3", "A4", "A5"};
                    String formatted = new java.text.MessageFormat(pattern, java.util.Locale.ROOT).format(args);
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
