package org.chainatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a user sees when a form or a link goes wrong: errors at the field they concern, in the form's own unit (万元) and
 * the reader's language, named by the field's label; only the places a user may act in offered; a page for a path that
 * does not exist; pagers that never point before the first page.
 */
@AtlasTest
class FormAndErrorPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder newProject(String hostRegionCode, String amountWan) {
        long enterprise = jdbc.queryForObject("select id from enterprise where name_zh = '宜宾五粮液股份有限公司'", Long.class);
        return post("/projects/new").with(csrf()).with(SignedIn.as(users, "sichuan-organiser")).param("lang", "zh")
                .param("nameZh", "表单测试项目").param("enterpriseId", String.valueOf(enterprise))
                .param("hostRegionCode", hostRegionCode).param("contractedAmountWan", amountWan).param("stage", "SIGNED")
                .param("signedOn", "2026-01-05");
    }

    /** The refusal page says each refusal in the reader's language under its field's label (it showed English and paths). */
    @Test
    void theRefusalPageSaysEachRefusalUnderItsLabelInTheReadersLanguage() throws Exception {
        String longQuery = "电".repeat(210);
        String search = body(get("/search").param("q", longQuery).param("lang", "zh"), 400);
        assertThat(search).contains("搜索内容", "最多 200 个字符").doesNotContain("at most 200 characters");
        String sites = body(get("/match/sites").param("node", "abc").param("lang", "zh"), 400);
        assertThat(sites).contains("产业链环节").doesNotContain(">node<");
        // a form's own page lists every refusal at its top, nested paths (weights.fit) included: it was silently left out
        assertThat(body(get("/match/sites").param("industry", "锂电池").param("investmentYi", "-1").param("lang", "zh"), 200))
                .contains("投资额（亿元）", "不能为负数（现为 -1）").doesNotContain("-100000000");
        String weights = body(get("/match/sites").param("industry", "锂电池").param("w_fit", "-5").param("lang", "zh"), 200);
        assertThat(weights).contains("主导产业契合（权重）", "权重 -5 须在 0 到 1000 之间").doesNotContain(">fit<");
        assertThat(weights.split("权重 -5 须在", -1)).as("said once").hasSize(2);
        // the same refusal of the seat, a plant and a segment is said once
        String seat = body(post("/enterprises/new").with(csrf()).with(SignedIn.as(users, "sichuan-organiser")).param("lang", "zh")
                .param("nameZh", "重复地区测试企业").param("uscc", org.chainatlas.enterprise.Uscc.compose("510100", 91_000_001L).value())
                .param("hqRegionCode", "510104").param("producesNodeIds", String.valueOf(jdbc.queryForObject(
                        "select min(id) from chain_node", Long.class))), 200);
        String summary = seat.substring(seat.indexOf("id=\"form-errors\""), seat.indexOf("</div>", seat.indexOf("id=\"form-errors\"")));
        assertThat(summary.split("没有行政区划代码“510104”", -1)).as(summary).hasSize(2);
        String english = body(get("/search").param("q", longQuery).param("lang", "en"), 400);
        assertThat(english).contains("at most 200 characters");
    }

    /** One submission says everything wrong: a type error no longer hides the rules' refusals, and keeps what was typed. */
    @Test
    void aParkFormWithLettersInANumberSaysEveryOtherRefusalTooAndKeepsTheLetters() throws Exception {
        long before = jdbc.queryForObject("select count(*) from park", Long.class);
        String page = body(post("/parks/new").with(csrf()).with(SignedIn.as(users, "yibin-locality")).param("lang", "zh")
                .param("nameZh", "类型错误测试园区").param("kind", "OTHER").param("regionCode", "511500")
                .param("electricityCnyPerKwh", "abc").param("longitude", "200").param("latitude", "28.8")
                .param("contactEmail", "not-an-email"), 200);
        assertThat(page).contains("“abc”不是有效的值", "不是电子邮箱地址", "不在中国境内").contains("value=\"abc\"");
        assertThat(jdbc.queryForObject("select count(*) from park", Long.class)).isEqualTo(before);
    }

    /** Errors no page handles (a refused form of an expired page, say) get a page in the reader's language. */
    @Test
    void theLastResortErrorPageSpeaksTheReadersLanguage() throws Exception {
        String forbidden = mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .accept(org.springframework.http.MediaType.TEXT_HTML).param("lang", "zh"))
                .andReturn().getResponse().getContentAsString();
        assertThat(forbidden).contains("无权操作或页面已过期", "请刷新页面后重试").doesNotContain("Forbidden");
        String failed = mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .accept(org.springframework.http.MediaType.TEXT_HTML).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(failed).contains("Something went wrong");
    }

    @Test
    void anOrganiserIsOfferedOnlyItsOwnPlacesForNewUsersAndAForeignOneIsSaidAtTheForm() throws Exception {
        String page = body(get("/admin/users").with(SignedIn.as(users, "sichuan-organiser")).param("lang", "zh"), 200);
        assertThat(page).contains("value=\"511500\"").doesNotContain("value=\"110000\"").doesNotContain("value=\"500000\"");
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        String refused = body(post("/admin/users").with(csrf()).with(SignedIn.as(users, "sichuan-organiser")).param("lang", "zh")
                .param("username", "form-test-beijing").param("password", "Pass-word-2026-x").param("displayName", "表单测试")
                .param("role", "LOCALITY").param("regionCode", "110000"), 200);
        assertThat(refused).contains("不能在此创建该用户（110000）");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before);
        // a refused form comes back as typed (the password excepted)
        String tooShort = body(post("/admin/users").with(csrf()).with(SignedIn.as(users, "sichuan-organiser")).param("lang", "zh")
                .param("username", "form-test-keep").param("password", "abc").param("displayName", "保留名称")
                .param("email", "keep@example.cn").param("role", "SERVICE_OFFICER").param("regionCode", "511500"), 200);
        assertThat(tooShort).contains("至少 10 个字符", "value=\"form-test-keep\"", "value=\"保留名称\"", "value=\"keep@example.cn\"")
                .containsPattern("value=\"SERVICE_OFFICER\"[^>]*selected").containsPattern("value=\"511500\"[^>]*selected")
                .doesNotContain("value=\"abc\"");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before);
        // nobody disables their own account (the only administrator could lock everyone out)
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        mvc.perform(post("/admin/users/" + admin + "/enabled").param("enabled", "false").with(csrf())
                .with(SignedIn.as(users, "admin"))).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, admin)).isTrue();
    }

    @Test
    void anAmountTypedIn万元IsRefusedIn万元AtItsOwnField() throws Exception {
        long before = jdbc.queryForObject("select count(*) from project", Long.class);
        String page = body(newProject("511500", "-5"), 200);
        assertThat(page).contains("不能为负数（现为 -5）").doesNotContain("-50000").doesNotContain("contractedAmountCny");
        // the message stands under the input (is-invalid + feedback) and in the summary under the field's label
        assertThat(page.replaceAll("\\s+", " ")).contains("is-invalid\" id=\"contractedAmountWan\"")
                .contains("data-field=\"contractedAmountWan\">合同金额（万元）</span>：");
        assertThat(body(newProject("511500", "99999999999999999999"), 200)).contains("100000000000000000000 万元过大")
                .doesNotContain("9223372036854775807").doesNotContain("1.0E20");
        assertThat(body(newProject("511500", "12abc"), 200)).contains("“12abc”不是以万元计的金额");
        assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aMissingOrForeignRegionIsSaidAtTheFieldAndTheFormKept() throws Exception {
        String missing = body(newProject("", "100"), 200);
        assertThat(missing).contains("data-field=\"hostRegionCode\">落地地区</span>：").doesNotContain("“null”");
        String foreign = body(newProject("110000", "100"), 200);
        assertThat(foreign).contains("不在您的辖区内（110000）").contains("value=\"表单测试项目\"");
        // the form offers only the organiser's own province
        String form = body(get("/projects/new").with(SignedIn.as(users, "sichuan-organiser")).param("lang", "zh"), 200);
        assertThat(form).contains("value=\"511500\"").doesNotContain("value=\"110000\"").doesNotContain("value=\"500000\"");
    }

    @Test
    void theEnterpriseFormHoldsEachFieldOnceInsideTheForm() throws Exception {
        // the registry's form (an organiser) and self-registration (anonymous) share the fields
        for (MockHttpServletRequestBuilder request : List.of(get("/enterprises/new").with(SignedIn.as(users, "sichuan-organiser")),
                get("/register"))) {
            String page = body(request, 200);
            assertThat(page.split("name=\"nameZh\"", -1)).hasSize(2);
            assertThat(page.indexOf("name=\"nameZh\"")).as("inside the form").isLessThan(page.lastIndexOf("</form>"))
                    .isGreaterThan(page.indexOf("<main"));
            assertThat(page.indexOf("<footer")).as("nothing of the form after the footer").isGreaterThan(page.lastIndexOf("name=\"contactEmail\""));
        }
    }

    @Test
    void aProjectOfAListedCompanyWithoutUsccSaysNoNull() throws Exception {
        Long project = jdbc.query("select id from project where enterprise_uscc is null order by id limit 1",
                rs -> rs.next() ? rs.getLong(1) : null);
        assertThat(project).as("the demo signs projects of listed companies").isNotNull();
        assertThat(body(get("/projects/" + project).with(SignedIn.as(users, "sichuan-organiser")).param("lang", "zh"), 200))
                .doesNotContain("（null）").doesNotContain("(null)");
    }

    @Test
    void anUnknownPathIsAPageForABrowserAndProblemDetailsForTheApi() throws Exception {
        String page = body(get("/no-such-page").accept(MediaType.TEXT_HTML), 404);
        assertThat(page).contains("页面“/no-such-page”不存在").contains("<html lang=\"zh\"");
        assertThat(body(get("/no-such-page").accept(MediaType.TEXT_HTML).cookie(new jakarta.servlet.http.Cookie("chainatlas-lang", "en")), 404))
                .contains("Page &quot;/no-such-page&quot; does not exist");
        String json = body(get("/no-such-page").accept(MediaType.APPLICATION_JSON), 404);
        assertThat(json).contains("\"title\":\"Not Found\"").contains("\"status\":404");
        assertThat(body(get("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML), 404)).contains("\"status\":404");
        // a missing record is named in the reader's language
        assertThat(body(get("/parks/999999999").param("lang", "zh"), 404)).contains("园区“999999999”不存在");
        assertThat(body(get("/parks/999999999").param("lang", "en"), 404)).contains("Park &quot;999999999&quot; does not exist");
    }

    @Test
    void aSiteQueryThatNamesNoIndustryRanksNothingAndSaysWhy() throws Exception {
        String unmatched = body(get("/match/sites").param("industry", "火星土豆").param("lang", "zh"), 200);
        assertThat(unmatched).contains("id=\"site-unmatched\"").contains("“火星土豆”既未对应到任何产业链环节")
                .doesNotContain("id=\"sites\"");
        String batteries = body(get("/match/sites").param("industry", "锂电池").param("lang", "zh"), 200);
        assertThat(batteries).contains("id=\"sites\"").doesNotContain("id=\"site-unmatched\"");
        // the form sent empty says what it needs; an impossible radius is said in Chinese at its field
        assertThat(body(get("/match/sites").param("industry", "").param("lang", "zh"), 200)).contains("请选择产业链环节，或填写产品或行业");
        long cell = jdbc.queryForObject("select id from chain_node where name_zh = '动力电池电芯'", Long.class);
        assertThat(body(get("/match/sites").param("node", String.valueOf(cell)).param("radiusKm", "-5").param("lang", "zh"), 200))
                .contains("配套半径须大于 0 且不超过 2000 km（现为 -5.0）");
    }

    @Test
    void selectorsSayTheWholeOfAMunicipalityOrRegionRightly() throws Exception {
        String gaps = body(get("/match/gaps").param("chain", "nev-battery").param("region", "511500").param("lang", "zh"), 200);
        assertThat(gaps).contains("四川省 · 全省").contains("重庆市 · 全市").contains("新疆维吾尔自治区 · 全区")
                .doesNotContain("重庆市 · 全省");
    }

    @Test
    void pagersNeverPointBeforeTheFirstPageAndSayWhenAPageIsBeyondTheLast() throws Exception {
        String first = body(get("/parks").param("lang", "zh"), 200);
        assertThat(first).contains("第 1 / ").doesNotContain("page=-1").contains("page=1");
        String beyond = body(get("/parks").param("page", "5000").param("lang", "zh"), 200);
        assertThat(beyond).contains("超出范围（共 ").doesNotContain("第 5,001").doesNotContain("page=5001");
        // a page number that is no number: a page saying so, with the field's label
        assertThat(body(get("/parks").param("page", "abc").accept(MediaType.TEXT_HTML), 400)).contains("页码").contains("“abc”不是有效的值");
    }
    /** The summary of a form's refusals, as shown at its top. */
    private static String summary(String page) {
        int at = page.indexOf("id=\"form-errors\"");
        assertThat(at).as("a summary of the refusals").isPositive();
        return page.substring(at, page.indexOf("</div>", at));
    }

    /** A form sent by the Sichuan organiser, read in Chinese. */
    private MockHttpServletRequestBuilder organiserForm(String url) {
        return post(url).with(csrf()).with(SignedIn.as(users, "sichuan-organiser")).param("lang", "zh");
    }

    /**
     * A date that is no date hid every other refusal of an event form, and two fields refused in the same words were said
     * as one (the quota's negative figure was not listed beside the expiry's).
     */
    @Test
    void anEventFormSaysEveryRefusalEvenInTheSameWords() throws Exception {
        String page = body(organiserForm("/events/new").param("nameZh", "").param("hostRegionCode", "510000").param("startsOn", "abc").param("endsOn", "2027-03-02")
                .param("requestExpiryHours", "-5").param("requestQuota", "-5"), 200);
        String summary = summary(page);
        assertThat(summary).contains("“abc”不是日期", "不能为空", "邀约有效期（小时）", "每方邀约上限");
        assertThat(summary.split("不能为负数（现为 -5）", -1)).as(summary).hasSize(3);
        assertThat(summary).as("the date it could not read is not also said to be missing").doesNotContain("必填");
    }

    /** A project form with a stage no select offers is refused at the field (it was a 500 page), with the other refusals. */
    @Test
    void aProjectFormSaysEveryRefusalAndATamperedStageIsOne() throws Exception {
        String page = body(organiserForm("/projects/new").param("nameZh", "").param("enterpriseId", "abc").param("hostRegionCode", "511500").param("stage", "BOGUS")
                .param("signedOn", "2099-13-45").param("contractedAmountWan", "-5"), 200);
        String summary = summary(page);
        assertThat(summary).contains("“BOGUS”不是有效的值", "“2099-13-45”不是日期", "“abc”不是整数", "不能为空");
        assertThat(jdbc.queryForObject("select count(*) from project where name_zh = ''", Long.class)).isZero();
    }

    /** A site search with a figure that is no number said it on a bare 400 page; now it is said with the others, at once. */
    @Test
    void aSiteSearchSaysEveryRefusedFigureAtOnce() throws Exception {
        String page = body(get("/match/sites").param("industry", "锂电池").param("lang", "zh").param("energyMwh", "abc")
                .param("investmentYi", "-1").param("landMu", "-5").param("radiusKm", "-10"), 200);
        String summary = summary(page);
        assertThat(summary).contains("“abc”不是数字", "不能为负数（现为 -1）", "不能为负数（现为 -5）", "配套半径须大于 0 且不超过 2000 km（现为 -10.0）");
    }
    /** An English refusal writes its unit apart from the figure ("1000000 mu", it read "1000000mu"); Chinese keeps 亩 beside it. */
    @Test
    void aUnitIsWrittenApartFromItsFigureInEnglish() throws Exception {
        String english = body(get("/match/sites").param("industry", "锂电池").param("landMu", "2000000").param("lang", "en"), 200);
        assertThat(english).contains("2000000 is outside 0–1000000 mu");
        String chinese = body(get("/match/sites").param("industry", "锂电池").param("landMu", "2000000").param("lang", "zh"), 200);
        assertThat(chinese).contains("0–1000000亩");
    }
}
