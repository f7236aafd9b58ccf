package org.chainatlas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The abuse limits in front of everything, on requests built by hand. */
class RequestGuardTest {

    private final RequestGuard guard = new RequestGuard(new RateLimits(), 20, 1000, 3, 5, 1024);

    private MockHttpServletResponse send(MockHttpServletRequest request, int answer, AtomicReference<String> body)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            if (body != null) {
                body.set(new String(((HttpServletRequest) req).getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            ((HttpServletResponse) res).setStatus(answer);
        };
        guard.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest basic(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic dXNlcjp3cm9uZw==");
        return request;
    }

    @Test
    void failedBasicSignInsFromOneAddressAreLimitedWhileOtherAddressesAndGoodOnesPass() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(basic("10.0.0.1"), 401, null).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse limited = send(basic("10.0.0.1"), 200, null);
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getContentAsString()).contains("too many failed sign-ins");
        assertThat(send(basic("10.0.0.2"), 200, null).getStatus()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            assertThat(send(basic("10.0.0.3"), 200, null).getStatus()).as("successful sign-ins do not count").isEqualTo(200);
        }
    }

    @Test
    void registrationsFromOneAddressAreLimited() throws Exception {
        int[] statuses = new int[4];
        for (int i = 0; i < 4; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/register");
            request.setRemoteAddr("10.0.1.1");
            statuses[i] = send(request, 302, null).getStatus();
        }
        assertThat(statuses).containsExactly(302, 302, 302, 429);
    }

    /** A browser's form meets a page in its reader's language with the rule's real wait, not raw JSON. */
    @Test
    void aBrowserIsRefusedWithAPageInItsLanguage() throws Exception {
        MockHttpServletResponse refused = null;
        for (int i = 0; i < 4; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/register");
            request.setRemoteAddr("10.0.1.2");
            request.addHeader("Accept", "text/html,application/xhtml+xml");
            refused = send(request, 302, null);
        }
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("3600");
        assertThat(refused.getContentAsString()).contains("请一小时后再试", "href=\"/register\"").doesNotContain("{\"title\"");
        MockHttpServletRequest english = new MockHttpServletRequest("POST", "/register");
        english.setRemoteAddr("10.0.1.2");
        english.addHeader("Accept", "text/html");
        english.setCookies(new jakarta.servlet.http.Cookie("chainatlas-lang", "en"));
        assertThat(send(english, 302, null).getContentAsString()).contains("Too many registrations from this address");
        MockHttpServletRequest api = new MockHttpServletRequest("POST", "/register");
        api.setRemoteAddr("10.0.1.2");
        assertThat(send(api, 302, null).getContentAsString()).as("other clients keep problem JSON")
                .startsWith("{\"title\":\"Too many requests\"");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedBeforeAnythingParsesIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/enterprises");
        request.setContentType("application/json");
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(("[" + "1,".repeat(2000) + "1]").getBytes(StandardCharsets.UTF_8));
        // MockHttpServletRequest reports the length of its content; a chunked request has none
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/enterprises") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        chunked.setContentType("application/json");
        chunked.addHeader("Transfer-Encoding", "chunked");
        chunked.setContent(request.getContentAsByteArray());
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletResponse response = send(chunked, 200, seen);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(seen.get()).as("the application never saw the body").isNull();
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheApplicationWhole() throws Exception {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/enterprises") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContentType("application/json");
        chunked.addHeader("Transfer-Encoding", "chunked");
        chunked.setContent("{\"nameZh\":\"宜宾\"}".getBytes(StandardCharsets.UTF_8));
        AtomicReference<String> seen = new AtomicReference<>();
        assertThat(send(chunked, 200, seen).getStatus()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo("{\"nameZh\":\"宜宾\"}");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefused() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/enterprises");
        request.setContentType("application/json");
        request.setContent(new byte[2048]);
        assertThat(send(request, 200, null).getStatus()).isEqualTo(413);
    }
}
