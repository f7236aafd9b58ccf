package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Only links under the static folders reach the resource chain; the others are left as they are, unasked. */
class StaticLinkFilterTest {

    private final List<String> asked = new ArrayList<>();

    private String lookup(String path) {
        asked.add(path);
        return path.startsWith("/webjars/echarts/") ? path.replace("/echarts/", "/echarts/6.0.0/") : null;
    }

    private String resolve(String contextPath, String url) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/");
        request.setContextPath(contextPath);
        return new StaticLinkFilter.Links(request, new MockHttpServletResponse(), this::lookup).resolve(url);
    }

    @Test
    void aStaticLinkIsResolvedKeepingItsQueryAndFragment() {
        assertThat(resolve("", "/webjars/echarts/echarts.min.js?v=1#x")).isEqualTo("/webjars/echarts/6.0.0/echarts.min.js?v=1#x");
        assertThat(resolve("/atlas", "/atlas/webjars/echarts/echarts.min.js")).isEqualTo("/atlas/webjars/echarts/6.0.0/echarts.min.js");
        assertThat(asked).containsExactly("/webjars/echarts/echarts.min.js", "/webjars/echarts/echarts.min.js");
    }

    @Test
    void aStaticLinkTheChainDoesNotKnowStaysAsWritten() {
        assertThat(resolve("", "/js/app.js")).isEqualTo("/js/app.js");
        assertThat(asked).containsExactly("/js/app.js");
    }

    @Test
    void pageAndApiLinksNeverReachTheResourceChain() {
        for (String url : List.of("/", "/parks/12", "/chains/nev-battery?region=511500", "/api/v1/enterprises?q=js/",
                "/jsx/a", "https://example.org/webjars/x", "/events/3#agenda")) {
            assertThat(resolve("", url)).isEqualTo(url);
        }
        assertThat(asked).isEmpty();
    }
}
