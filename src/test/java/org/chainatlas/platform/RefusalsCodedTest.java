package org.chainatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Refusals reach Chinese pages, import reports and error files: each is said through a message code (see
 * {@link ErrorTexts}), so the reader sees it in their language and not the English internals. Only the JSON API
 * ({@code *Api.java}) answers plain English text; {@code Validation.reject} has no uncoded form at all.
 */
class RefusalsCodedTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** The code argument of {@code coded(field, "code", …)}, {@code reject(field, "code", …)} and the password policy's {@code refused}. */
    private static final Pattern CODE = Pattern.compile(
            "\\b(?:coded|reject|refused)\\(\\s*[^,;()]*(?:\\([^()]*\\)[^,;()]*)*,\\s*\"((?:error|import|event|project|lead)\\.[\\w.]+)\"");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noRefusalOutsideTheApiIsPlainEnglish() throws IOException {
        List<String> plain = new ArrayList<>();
        for (Path file : sources()) {
            if (file.getFileName().toString().endsWith("Api.java") || file.getFileName().toString().equals("InvalidInput.java")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("InvalidInput.of(")) {
                    plain.add(SOURCES.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(plain).as("InvalidInput.of (English only) outside the API: use InvalidInput.coded").isEmpty();
    }

    @Test
    void everyCodeARefusalUsesIsAMessage() throws IOException {
        Properties chinese = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("messages.properties").getInputStream(), StandardCharsets.UTF_8)) {
            chinese.load(reader);
        }
        List<String> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                codes.add(m.group(1));
                if (!chinese.containsKey(m.group(1))) {
                    unknown.add(SOURCES.relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(codes).as("refusal codes found in the sources").hasSizeGreaterThan(150)
                .contains("error.password.short", "error.unknownRegion", "error.fileExtension");
        assertThat(unknown).as("codes without a message (the reader would see the English text)").isEmpty();
    }

    /** The field argument of a refusal: {@code reject("field", …)}, {@code coded("field", …)}, {@code new Conflict("field", …)} … */
    private static final Pattern FIELD = Pattern.compile(
            "(?:v\\.(?:reject|required|range|text|line|email|phone)|InvalidInput\\.coded|new Conflict|new (?:InvalidInput\\.)?FieldError)\\(\"([a-zA-Z]+)\"");

    /**
     * Every field a refusal names has a label in both languages (a page said "slotMinutes ：" and "to ：" where its
     * neighbours said 洽谈桌数).
     */
    @Test
    void everyFieldARefusalNamesHasALabel() throws IOException {
        List<String> unlabelled = new ArrayList<>();
        java.util.Set<String> fields = new java.util.TreeSet<>();
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = new Properties();
            try (var reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            for (Path file : sources()) {
                Matcher m = FIELD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    fields.add(m.group(1));
                    if (!messages.containsKey("field." + m.group(1))) {
                        unlabelled.add(bundle + ": field." + m.group(1) + " (" + SOURCES.relativize(file) + ")");
                    }
                }
            }
        }
        assertThat(fields).as("fields found in the sources").contains("slotMinutes", "tableCapacity", "to", "uscc");
        assertThat(unlabelled).isEmpty();
    }
}
