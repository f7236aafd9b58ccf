package org.chainatlas.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chainatlas.enterprise.Uscc;
import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.chainatlas.support.SignedIn;
import org.springframework.test.web.servlet.MockMvc;

/** Enterprise self-registration: nothing public and no sign-in until an organiser of the region verifies it. */
@AtlasTest
@Tag("db")
class RegistrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aRegistrationVerifiedByTheOrganiserOfItsRegionCreatesTheEnterpriseAndLetsTheUserSignIn() throws Exception {
        String uscc = Uscc.compose("511500", 66_000_001L).value();
        mvc.perform(post("/register").with(csrf()).param("username", "new-battery-co").param("password", "battery-pass-2025")
                        .param("email", "new-battery@example.org").param("nameZh", "宜宾新电池科技有限公司").param("uscc", uscc)
                        .param("hqRegionCode", "511500"))
                .andExpect(redirectedUrl("/login?registered"));
        mvc.perform(get("/api/v1/me").with(httpBasic("new-battery-co", "battery-pass-2025"))).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from enterprise where uscc = ?", Long.class, uscc)).isZero();
        long registration = jdbc.queryForObject("select id from enterprise_registration where uscc = ?", Long.class, uscc);

        mvc.perform(post("/registrations/" + registration + "/verify").with(csrf()).with(SignedIn.as(users, "chongqing-organiser"))).andExpect(status().isForbidden());
        mvc.perform(get("/registrations").with(SignedIn.as(users, "sichuan-organiser")))
                .andExpect(content().string(Matchers.containsString("宜宾新电池科技有限公司")));
        mvc.perform(post("/registrations/" + registration + "/verify").with(csrf())
                .with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().is3xxRedirection());

        long enterprise = jdbc.queryForObject("select id from enterprise where uscc = ?", Long.class, uscc);
        mvc.perform(get("/api/v1/me").with(httpBasic("new-battery-co", "battery-pass-2025")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enterpriseId").value(enterprise));
        mvc.perform(get("/api/v1/enterprises/" + enterprise).with(httpBasic("new-battery-co", "battery-pass-2025")))
                .andExpect(jsonPath("$.contact").isNotEmpty());
    }

    @Test
    void aRejectedRegistrationLeavesNothingAndTheAccountCannotSignIn() throws Exception {
        String uscc = Uscc.compose("510100", 66_000_002L).value();
        mvc.perform(post("/register").with(csrf()).param("username", "shady-co").param("password", "shady-pass-2025")
                .param("email", "shady@example.org").param("nameZh", "成都某某公司").param("uscc", uscc)
                .param("hqRegionCode", "510100")).andExpect(status().is3xxRedirection());
        long registration = jdbc.queryForObject("select id from enterprise_registration where uscc = ?", Long.class, uscc);
        mvc.perform(post("/registrations/" + registration + "/reject").with(csrf()).param("reason", "信息无法核实")
                .with(SignedIn.as(users, "sichuan-organiser"))).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "registrations.rejectedDone"));
        assertThat(jdbc.queryForObject("select count(*) from enterprise where uscc = ?", Long.class, uscc)).isZero();
        assertThat(jdbc.queryForObject("select status from enterprise_registration where id = ?", String.class, registration))
                .as("the registration leaves the pending list").isEqualTo("REJECTED");
        mvc.perform(get("/api/v1/me").with(httpBasic("shady-co", "shady-pass-2025"))).andExpect(status().isUnauthorized());
        // the users page says it was not accepted, not "pending" and "disabled" side by side
        String page = mvc.perform(get("/admin/users").with(SignedIn.as(users, "admin"))).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf(">shady-co<"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("未通过核验（已停用）").doesNotContain("待核验", ">已停用<");
    }

    @Test
    void anInvalidRegistrationShowsTheFieldsAndStoresNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        mvc.perform(post("/register").with(csrf()).param("username", "bad-co").param("password", "bad-pass-2025")
                        .param("email", "bad@example.org").param("nameZh", "坏公司").param("uscc", "91510100MA61234567")
                        .param("hqRegionCode", "510100"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("form-errors")))
                .andExpect(content().string(Matchers.containsString("校验位")));
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before);
    }

    /**
     * A registration cannot claim official recognitions (世界500强, 央企, 链主 …): an organiser verifying it would publish
     * them. The form offers the tags disabled, a forged post is refused on its tags, and the account's refusals come in
     * the same answer as the enterprise's (they came one round later).
     */
    @Test
    void aRegistrationClaimsNoOfficialTagsAndSaysEveryRefusalAtOnce() throws Exception {
        String page = mvc.perform(get("/register")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String box = page.substring(page.indexOf("id=\"tag-FORTUNE_GLOBAL_500\""));
        assertThat(box.substring(0, box.indexOf('>'))).contains("disabled");
        long before = jdbc.queryForObject("select count(*) from enterprise_registration", Long.class);
        String uscc = Uscc.compose("511500", 66_000_103L).value();
        String refused = mvc.perform(post("/register").with(csrf()).param("username", "fake-soe-co").param("password", "fake-soe-2025-x")
                        .param("email", "fake@example.org").param("nameZh", "宜宾假央企有限公司").param("uscc", uscc)
                        .param("hqRegionCode", "511500").param("tags", "FORTUNE_GLOBAL_500").param("tags", "CENTRAL_SOE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("form-errors").contains("官方标签");
        assertThat(jdbc.queryForObject("select count(*) from enterprise_registration", Long.class)).isEqualTo(before);
        String all = mvc.perform(post("/register").with(csrf()).param("username", "x").param("password", "short1")
                        .param("email", "bad").param("nameZh", "").param("uscc", "123").param("hqRegionCode", "511500"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String errors = all.substring(all.indexOf("form-errors"));
        errors = errors.substring(0, errors.indexOf("</div>"));
        assertThat(errors).as("enterprise and account refused together").contains("“bad”不是电子邮箱地址")
                .contains("3–64 个字母、数字、点、下划线或连字符").contains("18");
        assertThat(jdbc.queryForObject("select count(*) from enterprise_registration", Long.class)).isEqualTo(before);
        String english = mvc.perform(post("/register").with(csrf()).param("lang", "en").param("username", "x").param("password", "short1")
                        .param("email", "bad").param("nameZh", "").param("uscc", "123").param("hqRegionCode", "511500"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String summary = english.substring(english.indexOf("form-errors"));
        summary = summary.substring(0, summary.indexOf("</div>"));
        assertThat(summary).as("English labels and messages joined by an English colon").doesNotContain("：").contains(": ");
    }

    /** The password and user-name rules said in the reader's language (they reached the Chinese form in English). */
    @Test
    void passwordAndUserNameRefusalsAreSaidInTheReadersLanguage() throws Exception {
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        mvc.perform(post("/register").with(csrf()).param("username", "x").param("password", "short1")
                        .param("email", "short@example.org").param("nameZh", "短密码公司").param("uscc", Uscc.compose("510100", 66_000_101L).value())
                        .param("hqRegionCode", "510100"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("至少 10 个字符")))
                .andExpect(content().string(Matchers.containsString("3–64 个字母、数字、点、下划线或连字符")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("must have at least"))));
        mvc.perform(post("/register").with(csrf()).param("lang", "en").param("username", "weak-co").param("password", "weak-co-2025")
                        .param("email", "weak@example.org").param("nameZh", "弱密码公司").param("uscc", Uscc.compose("510100", 66_000_102L).value())
                        .param("hqRegionCode", "510100"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("must not contain the user name")));
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before);
    }

    @Test
    void aSignedInUserWithoutRightsGetsAClearPage() throws Exception {
        long park = jdbc.queryForObject("select min(id) from park where region_code = '511500'", Long.class);
        mvc.perform(get("/parks/" + park + "/edit").with(SignedIn.as(users, "catl-enterprise")))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString("无权操作")));
        mvc.perform(get("/parks/" + park + "/edit")).andExpect(status().is3xxRedirection());
    }
}
