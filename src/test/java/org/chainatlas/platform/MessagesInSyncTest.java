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

    @Test
    void noMessageIsBlank() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            properties.forEach((key, value) -> assertThat(value.toString()).as(file + " " + key).isNotBlank());
        }
    }
}
