package org.chainatlas.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Numbers from outside are finite: {@code NaN} and {@code Infinity} (which Java parses happily from "NaN" or
 * "1e999") are refused as invalid input, in JSON bodies as in form fields and query parameters, before they can
 * reach a coordinate, a score or the database.
 */
@Configuration
class FiniteNumbers implements WebMvcConfigurer {

    static double finite(String text) {
        double value = Double.parseDouble(text.strip());
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + text + "' is not a finite number");
        }
        return value;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Double.class, (Converter<String, Double>) text ->
                text == null || text.isBlank() ? null : finite(text));
        registry.addConverter(String.class, double.class, (Converter<String, Double>) text ->
                text == null || text.isBlank() ? null : finite(text));
    }

    @Bean
    SimpleModule finiteNumberModule() {
        SimpleModule module = new SimpleModule("finite-numbers");
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(double.class, new FiniteDouble(double.class));
        return module;
    }

    /** Reads a JSON number (or a numeric string) into a double and refuses NaN and the infinities. */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {

        FiniteDouble(Class<?> type) {
            super(type);
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            return handledType() == double.class ? 0.0 : null;
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            double value;
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = parser.getDoubleValue();
            } else if (token == JsonToken.VALUE_STRING) {
                String text = parser.getString().strip();
                if (text.isEmpty()) {
                    return handledType() == double.class ? 0.0 : null;
                }
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return (Double) context.handleWeirdStringValue(Double.class, text, "not a number");
                }
            } else {
                return (Double) context.handleUnexpectedToken(Double.class, parser);
            }
            if (!Double.isFinite(value)) {
                return (Double) context.handleWeirdStringValue(Double.class, parser.getString(),
                        "not a finite number (NaN and Infinity are refused)");
            }
            return value;
        }
    }
}
