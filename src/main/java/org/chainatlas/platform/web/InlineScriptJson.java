package org.chainatlas.platform.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;

/**
 * Values written into inline page scripts ({@code /*[[${park}]]*}{@code /}) with every {@code <}, {@code >} and {@code &}
 * as a JSON unicode escape. Thymeleaf's own serializer escapes only {@code </}: a park named {@code <!--<script>} put
 * the script into the HTML parser's "double escaped" state, so its real {@code </script>} no longer closed it and the
 * page's script failed (found by exploratory QA). In JSON these characters occur inside strings only, so escaping
 * them all is exact.
 */
@Component
class InlineScriptJson implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringTemplateEngine engine) {
            engine.getDialects().stream().filter(StandardDialect.class::isInstance).map(StandardDialect.class::cast)
                    .forEach(d -> d.setJavaScriptSerializer(new Escaping(new StandardJavaScriptSerializer(true))));
        }
        return bean;
    }

    /** Writes what the wrapped serializer writes, with {@code < > &} and the JavaScript line separators escaped. */
    record Escaping(IStandardJavaScriptSerializer serializer) implements IStandardJavaScriptSerializer {

        @Override
        public void serializeValue(Object object, Writer writer) {
            StringWriter json = new StringWriter();
            serializer.serializeValue(object, json);
            try {
                writer.write(escape(json.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String escape(String json) {
            StringBuilder out = new StringBuilder(json.length() + 16);
            for (int i = 0; i < json.length(); i++) {
                char c = json.charAt(i);
                switch (c) {
                    case '<' -> out.append("\\u003c");
                    case '>' -> out.append("\\u003e");
                    case '&' -> out.append("\\u0026");
                    case '\u2028' -> out.append("\\u2028");
                    case '\u2029' -> out.append("\\u2029");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
