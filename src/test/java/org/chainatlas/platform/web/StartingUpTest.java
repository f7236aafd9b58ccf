package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartingUpTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartingUp filter = new StartingUp(
            new StaticListableBeanFactory(Map.of("availability", availability)).getBeanProvider(ApplicationAvailability.class));

    private MockHttpServletResponse get(String path, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private void becomes(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
    }

    @Test
    void whileDataLoadsAnApiCallIsRefusedWithRetryAfterAndSaysWhy() throws Exception {
        becomes(ReadinessState.REFUSING_TRAFFIC);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = get("/api/v1/enterprises", chain);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(StartingUp.RETRY_AFTER_SECONDS);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("平台正在加载数据", "\"status\":503", "starting-up");
        assertThat(chain.getRequest()).as("the controller is not reached").isNull();
    }

    @Test
    void whileDataLoadsAPageSaysSoInBothLanguagesAndRefreshesItself() throws Exception {
        becomes(ReadinessState.REFUSING_TRAFFIC);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = get("/chains/nev-battery", chain);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("平台正在加载数据", "loading its data", "http-equiv=\"refresh\"");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void healthEndpointsAnswerWhileDataLoads() throws Exception {
        becomes(ReadinessState.REFUSING_TRAFFIC);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = get("/actuator/health/readiness", chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).as("passed on to the actuator").isNotNull();
    }

    @Test
    void onceReadyEveryRequestPassesThrough() throws Exception {
        becomes(ReadinessState.ACCEPTING_TRAFFIC);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = get("/api/v1/enterprises", chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getHeader("Retry-After")).isNull();
    }
}
