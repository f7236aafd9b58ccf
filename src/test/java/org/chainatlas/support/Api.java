package org.chainatlas.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API as a user and expects a status; answers the body read as JSON (null when empty). */
public final class Api {

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    public JsonNode call(MockHttpServletRequestBuilder request, Users who, Object body, int expected) throws Exception {
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        String text = mvc.perform(request.with(who.auth())).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
        return text.isBlank() ? null : json.readTree(text);
    }
}
