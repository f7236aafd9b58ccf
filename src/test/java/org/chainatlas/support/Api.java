package org.chainatlas.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the JSON API as a user and expects a status; answers the body read as JSON (null when empty). Also follows a
 * schedule run to its end.
 */
public final class Api {

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    public JsonNode call(MockHttpServletRequestBuilder request, Users who, Object body, int expected) throws Exception {
        return call(request, who.auth(), body, expected);
    }

    public JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body, int expected) throws Exception {
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        String text = mvc.perform(request.with(who)).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString();
        return text.isBlank() ? null : json.readTree(text);
    }

    /** Starts a one-second schedule run of an event as the organiser and waits until it is done. */
    public void runSchedule(long event, RequestPostProcessor organiser) throws Exception {
        long run = call(post("/api/v1/events/" + event + "/schedule-runs?seconds=1"), organiser, null, 202).get("id").asLong();
        for (int i = 0; i < 120; i++) {
            String status = call(get("/api/v1/schedule-runs/" + run), organiser, null, 200).get("status").asString();
            if (status.equals("DONE")) {
                return;
            }
            assertThat(status).isNotEqualTo("FAILED");
            Thread.sleep(250);
        }
        throw new AssertionError("schedule run " + run + " did not finish");
    }
}
