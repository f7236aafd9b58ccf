package org.chainatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Input an attacker or a careless client sends: each gets a 4xx saying what is wrong, never a 5xx, and stores nothing. */
@AtlasTest
@Tag("db")
class HostileInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private long parks() {
        return jdbc.queryForObject("select count(*) from park", Long.class);
    }

    private static String park(String longitude) {
        return "{\"nameZh\":\"坐标测试园区\",\"kind\":\"PROVINCIAL\",\"regionCode\":\"511500\",\"longitude\":" + longitude
                + ",\"latitude\":28.8,\"chainCodes\":[\"nev-battery\"]}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "1e999", "NaN"})
    void nonFiniteCoordinatesAreRefusedAndNothingIsStored(String longitude) throws Exception {
        long before = parks();
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(park(longitude))).andExpect(status().isBadRequest());
        assertThat(parks()).isEqualTo(before);
    }

    @Test
    void aNonFiniteCoordinateInAFormIsShownAsAFieldError() throws Exception {
        long before = parks();
        mvc.perform(post("/parks/new").with(csrf()).with(SignedIn.as(users, "yibin-locality")).param("nameZh", "表单坐标园区")
                        .param("kind", "PROVINCIAL").param("regionCode", "511500").param("longitude", "NaN")
                        .param("latitude", "28.8"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        assertThat(parks()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/parks?page=2147483647", "/api/v1/enterprises?q=%E7%94%B5%E6%B1%A0&page=2147483647&size=100",
            "/api/v1/search?q=%E7%94%B5%E6%B1%A0&page=2147483647&size=100", "/parks?page=2147483647",
            "/enterprises?page=2147483647", "/search?q=x&page=2147483647", "/api/v1/parks?page=-5"})
    void hugePageNumbersGiveAnEmptyPageOrAClearError(String url) throws Exception {
        int status = mvc.perform(get(url)).andReturn().getResponse().getStatus();
        assertThat(status).as(url).isIn(200, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"电池~99999", "电池~2", "\"宜宾 电池\"~99999", "*", "((((", "电池 AND OR NOT", "\\", "a*b*c*d*e*"})
    void searchSyntaxNeverBreaksTheSearch(String q) throws Exception {
        for (String url : new String[] {"/api/v1/search", "/api/v1/enterprises", "/search", "/enterprises", "/parks"}) {
            int status = mvc.perform(get(url).param("q", q)).andReturn().getResponse().getStatus();
            assertThat(status).as(url + "?q=" + q).isIn(200, 400);
        }
    }

    @Test
    void theProjectDashboardAnswersAnAdministratorWhoseScopeIsEverything() throws Exception {
        // found by ApiFuzzTests: the administrator's scope "1 = 1" was glued to "and" into invalid SQL (500)
        mvc.perform(get("/api/v1/dashboard/projects").with(Users.ADMIN.auth())).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/match/partners", "/projects/signings.pdf", "/match/partners?need=abc", "/parks?page=x"})
    void aPageOpenedWithoutOrWithAWrongParameterAnswersWithAPageNotJson(String url) throws Exception {
        mvc.perform(get(url).with(SignedIn.as(users, "sichuan-organiser")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void aBodyThatIsNotUtf8IsABadRequest() throws Exception {
        byte[] body = "{\"nameZh\":\"\u0000\"}".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = {'{', '"', 'n', 'a', 'm', 'e', 'Z', 'h', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(invalid)).andExpect(status().isBadRequest());
        long before = parks();
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest());
        assertThat(parks()).isEqualTo(before);
    }

    @Test
    void aNulInTextIsRefusedWithItsField() throws Exception {
        long before = parks();
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"空字符\\u0000园区\",\"kind\":\"PROVINCIAL\",\"regionCode\":\"511500\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nameZh"));
        assertThat(parks()).isEqualTo(before);
    }

    /** Names that read differently than they are stored, or that break the lines they are shown on, are refused. */
    @ParameterizedTest
    @ValueSource(strings = {"QA\\u202egnp.exe", "宜宾临港经济技术开发区\\u200b", "QA\\u2066名称\\u2069", "\\ufeff园区", "两行\\r\\nX-INJ:1",
        "段落\\u2028分隔", "阿拉伯\\u061C标记", "软\\u00AD连字符", "填充\\u3164字符"})
    void invisibleFormattingAndLineBreaksInANameAreRefusedWithItsField(String name) throws Exception {
        long before = parks();
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"" + name + "\",\"kind\":\"PROVINCIAL\",\"regionCode\":\"511500\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nameZh"));
        assertThat(parks()).isEqualTo(before);
        // an emoji with its zero-width joiner is no hidden text
        mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"表情园区" + Math.abs(name.hashCode()) + " 👩\\u200d🔬\",\"kind\":\"PROVINCIAL\",\"regionCode\":\"511500\"}"))
                .andExpect(status().isCreated()); // a name of its own each time: park names are unique
    }

    /** A name that opens an HTML comment inside the page's script no longer keeps the script from closing. */
    @Test
    void aNameInAnInlineScriptCannotOpenAnHtmlCommentOrCloseTheScript() throws Exception {
        String created = mvc.perform(post("/api/v1/parks").with(Users.YIBIN_LOCALITY.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"QA注释 <!--<script> </script> & >\",\"kind\":\"PROVINCIAL\",\"regionCode\":\"511500\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        String page = mvc.perform(get("/parks/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String script = page.substring(page.indexOf("const park = "));
        script = script.substring(0, script.indexOf("</script>"));
        assertThat(script).contains("\\u003c!--\\u003cscript\\u003e", "\\u0026 \\u003e").doesNotContain("<!--", "<script", "<\\/script");
        assertThat(page.substring(page.indexOf("const park = ")).indexOf("</script>")).as("the script ends at its own end tag")
                .isGreaterThan(script.indexOf("const radius"));
    }

    @Test
    void aNulInAnUploadedFileNameIsRefusedAndNoJobIsQueued() throws Exception {
        long jobs = jdbc.queryForObject("select count(*) from import_job", Long.class);
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "企业\u0000.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {1, 2, 3}))
                        .param("kind", "ENTERPRISES").param("mode", "GOOD_ROWS").with(Users.SICHUAN_ORGANISER.auth()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("control characters")));
        assertThat(jdbc.queryForObject("select count(*) from import_job", Long.class)).isEqualTo(jobs);
    }
}
