package org.chainatlas.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.TestMail;
import org.chainatlas.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/** Lockout after ten wrong passwords, password reset by e-mail, personal API tokens, password rules. */
@AtlasTest
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
class SignInSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private void createUser(String username, String password, String email) throws Exception {
        mvc.perform(post("/api/v1/users").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"email\":\"" + email
                                + "\",\"role\":\"LOCALITY\",\"regionCode\":\"510700\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void tenWrongPasswordsLockTheAccountAndTheLockoutIsLogged(CapturedOutput output) throws Exception {
        createUser("lockout-user", "right-pass-2025", "lockout@example.org");
        mvc.perform(get("/api/v1/me").with(httpBasic("lockout-user", "right-pass-2025"))).andExpect(status().isOk());
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("lockout-user", "wrong-" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("lockout-user", "right-pass-2025"))).andExpect(status().isUnauthorized());
        assertThat(output).contains("Account 'lockout-user' locked until");
        long id = jdbc.queryForObject("select id from app_user where username = 'lockout-user'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'user' and entity_id = ? and action = 'SIGN_IN_LOCKED'",
                Long.class, id)).isEqualTo(1);
        jdbc.update("update app_user set locked_until = current_timestamp - interval '1' minute where id = ?", id);
        mvc.perform(get("/api/v1/me").with(httpBasic("lockout-user", "right-pass-2025"))).andExpect(status().isOk());
    }

    @Test
    void nineWrongPasswordsThenTheRightOneResetTheCount() throws Exception {
        createUser("count-user", "right-pass-2025", "count@example.org");
        for (int i = 0; i < 9; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("count-user", "wrong"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("count-user", "right-pass-2025"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("count-user", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic("count-user", "right-pass-2025"))).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetLinkIsMailedAndWorksOnce() throws Exception {
        createUser("reset-user", "old-pass-2025", "reset-user@example.org");
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "reset-user@example.org")).andExpect(status().isOk());
        MimeMessage mail = null;
        for (MimeMessage m : TestMail.server().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals("reset-user@example.org")) {
                mail = m;
            }
        }
        assertThat(mail).as("reset mail received").isNotNull();
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(String.valueOf(mail.getContent()));
        assertThat(token.find()).isTrue();
        mvc.perform(post("/password/reset").with(csrf()).param("token", token.group(1)).param("password", "short"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("reset-user", "old-pass-2025"))).andExpect(status().isOk());
        mvc.perform(post("/password/reset").with(csrf()).param("token", token.group(1)).param("password", "new-pass-2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").with(httpBasic("reset-user", "new-pass-2026"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("reset-user", "old-pass-2025"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/password/reset").with(csrf()).param("token", token.group(1)).param("password", "other-pass-2027")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("reset-user", "other-pass-2027"))).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        int before = TestMail.server().getReceivedMessages().length;
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody@example.org")).andExpect(status().isOk());
        assertThat(TestMail.server().getReceivedMessages()).hasSize(before);
    }

    @Test
    void personalApiTokensAuthenticateUntilRevoked() throws Exception {
        String created = mvc.perform(post("/api/v1/tokens").with(Users.YIBIN_LOCALITY.auth())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ci script\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = json.readTree(created).get("token").asString();
        long id = json.readTree(created).get("id").asLong();
        assertThat(token).startsWith("ca_");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("yibin-locality"));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class, token))
                .as("the secret itself is not stored").isZero();
        mvc.perform(delete("/api/v1/tokens/" + id).with(Users.CHENGDU_LOCALITY.auth())).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/tokens/" + id).with(Users.YIBIN_LOCALITY.auth())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ca_not-a-token")).andExpect(status().isUnauthorized());
    }

    @Test
    void weakPasswordsAreRefusedWithTheFieldNamed() throws Exception {
        mvc.perform(post("/api/v1/users").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"weak-user\",\"password\":\"1234567890\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/users").with(Users.ADMIN.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"weak-user\",\"password\":\"weak-user-2025\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("must not contain the user name"));
    }

    @Test
    void manySignInAttemptsFromOneAddressAreSlowedDown() throws Exception {
        boolean limited = false;
        for (int i = 0; i < 45 && !limited; i++) {
            int status = mvc.perform(post("/login").with(csrf()).param("username", "no-such-user").param("password", "x")
                    .with(request -> {
                        // an address of its own: the allowance is shared by every node and test through the database
                        request.setRemoteAddr("10.66.0.1");
                        return request;
                    })).andReturn().getResponse().getStatus();
            limited = status == 429;
        }
        assertThat(limited).as("429 within 45 attempts (limit 40 a minute in tests)").isTrue();
    }

    private static int signIns;

    /** Signs in through the form and answers the session cookie (sessions live in the database, Spring Session JDBC). */
    private jakarta.servlet.http.Cookie signIn(String username, String password) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
                .with(request -> {
                    // an address of its own: the sign-in rate limit test exhausts the allowance of the usual one
                    request.setRemoteAddr("10.9." + (++signIns) + ".1");
                    return request;
                })).andExpect(status().is3xxRedirection()).andReturn();
        jakarta.servlet.http.Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        return session;
    }

    private String tokenOf(String username, String password) throws Exception {
        String created = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, password))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"script\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("token").asString();
    }

    private String lastLinkTo(String address) throws Exception {
        String link = null;
        for (MimeMessage m : TestMail.server().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(String.valueOf(m.getContent()));
                if (token.find()) {
                    link = token.group(1);
                }
            }
        }
        return link;
    }

    @Test
    void disablingAUserEndsTheirSessionsAndRevokesTheirTokens() throws Exception {
        createUser("disabled-user", "disabled-pass-2025", "disabled@example.org");
        var session = signIn("disabled-user", "disabled-pass-2025");
        String token = tokenOf("disabled-user", "disabled-pass-2025");
        long id = jdbc.queryForObject("select id from app_user where username = 'disabled-user'", Long.class);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/users/" + id + "/enabled")
                .param("enabled", "false").with(Users.ADMIN.auth())).andExpect(status().isNoContent());

        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ? and revoked_at is null", Long.class, id))
                .isZero();
        // enabling again does not bring the old session or token back
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/users/" + id + "/enabled")
                .param("enabled", "true").with(Users.ADMIN.auth())).andExpect(status().isNoContent());
        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndTokensButNotThisOne() throws Exception {
        createUser("changing-user", "changing-pass-2025", "changing@example.org");
        var here = signIn("changing-user", "changing-pass-2025");
        var elsewhere = signIn("changing-user", "changing-pass-2025");
        String token = tokenOf("changing-user", "changing-pass-2025");

        mvc.perform(post("/account/password").with(csrf()).cookie(here).param("currentPassword", "changing-pass-2025")
                .param("newPassword", "changed-pass-2026")).andExpect(status().isOk());

        mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    /** An unknown link is said at once, with the way to a new one, before a password is typed in vain. */
    @Test
    void anUnknownResetLinkIsSaidOnOpening() throws Exception {
        String page = mvc.perform(get("/password/reset").param("token", "bogus").param("lang", "zh")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("链接无效、已使用或已过期", "id=\"ask-again\"").doesNotContain("name=\"password\"");
    }

    @Test
    void onlyTheNewestResetLinkWorksAndUsingItEndsSessionsAndTokens() throws Exception {
        createUser("newest-link-user", "newest-pass-2025", "newest-link@example.org");
        var session = signIn("newest-link-user", "newest-pass-2025");
        String token = tokenOf("newest-link-user", "newest-pass-2025");
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "newest-link@example.org")).andExpect(status().isOk());
        String first = lastLinkTo("newest-link@example.org");
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "newest-link@example.org")).andExpect(status().isOk());
        String second = lastLinkTo("newest-link@example.org");
        assertThat(second).isNotEqualTo(first);

        mvc.perform(post("/password/reset").with(csrf()).param("token", first).param("password", "first-link-2026"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("newest-link-user", "first-link-2026"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/password/reset").with(csrf()).param("token", second).param("password", "second-link-2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").with(httpBasic("newest-link-user", "second-link-2026"))).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Autowired
    org.chainatlas.account.internal.PasswordRecovery recovery;

    @Test
    void aResetLinkPresentedTwiceAtOnceWorksForExactlyOne() throws Exception {
        createUser("race-link-user", "race-pass-2025", "race-link@example.org");
        recovery.request("race-link@example.org");
        String link = lastLinkTo("race-link@example.org");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String password = "race-winner-" + i + "-2026";
                tries.add(pool.submit(() -> {
                    try {
                        recovery.reset(link, password);
                        return true;
                    } catch (org.chainatlas.platform.InvalidInput refused) {
                        return false;
                    }
                }));
            }
            int succeeded = 0;
            for (var attempt : tries) {
                succeeded += attempt.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tenWrongPasswordsSentInParallelLockTheAccount() throws Exception {
        createUser("parallel-user", "parallel-pass-2025", "parallel@example.org");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> tries = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 10; i++) {
                String wrong = "wrong-" + i;
                tries.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/api/v1/me").with(httpBasic("parallel-user", wrong))).andReturn().getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            for (var attempt : tries) {
                assertThat(attempt.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("parallel-user", "parallel-pass-2025"))).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where username = 'parallel-user'",
                Boolean.class)).isTrue();
    }

    @Test
    void registeringWithATakenUserNameAnswersAsUsualAndSaysSoOnlyByMail() throws Exception {
        String uscc = org.chainatlas.enterprise.Uscc.compose("510700", 66_000_003L).value();
        int before = TestMail.server().getReceivedMessages().length;
        long registrations = jdbc.queryForObject("select count(*) from enterprise_registration", Long.class);
        mvc.perform(post("/register").with(csrf()).param("username", "admin").param("password", "someone-else-2025")
                        .param("email", "prober@example.org").param("nameZh", "探测公司").param("uscc", uscc)
                        .param("hqRegionCode", "510700"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?registered"));
        assertThat(jdbc.queryForObject("select count(*) from enterprise_registration", Long.class)).isEqualTo(registrations);
        MimeMessage[] mails = TestMail.server().getReceivedMessages();
        assertThat(mails).hasSize(before + 1);
        assertThat(mails[before].getAllRecipients()[0].toString()).isEqualTo("prober@example.org");
        assertThat(String.valueOf(mails[before].getContent())).contains("cannot be used");
    }

    @Test
    void formsNeedACsrfToken() throws Exception {
        mvc.perform(post("/register").param("username", "no-csrf")).andExpect(status().isForbidden());
    }
}
