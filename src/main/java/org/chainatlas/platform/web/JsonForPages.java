package org.chainatlas.platform.web;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Data for page scripts as JSON in an HTML attribute ({@code th:attr="data-x=${@json.write(value)}"}): Thymeleaf escapes
 * the attribute, the browser unescapes it, the script parses it — no inline script needed (content-security-policy).
 */
@Component("json")
public class JsonForPages {

    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }
}
