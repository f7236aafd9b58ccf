package org.chainatlas.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sign-ins of the test profile: the administrator and the demo users of each role. */
public enum Users {
    ANONYMOUS(null),
    ADMIN("admin", "test-admin-secret"),
    SICHUAN_ORGANISER("sichuan-organiser"),
    CHONGQING_ORGANISER("chongqing-organiser"),
    YIBIN_LOCALITY("yibin-locality"),
    CHENGDU_LOCALITY("chengdu-locality"),
    SERVICE_OFFICER("sichuan-officer"),
    CATL("catl-enterprise"),
    BYD("byd-enterprise"),
    /** Enterprise users of tests that must not relate CATL and BYD (a meeting between them opens their contacts). */
    GALACTIC("galactic-enterprise"),
    STARSPACE("starspace-enterprise");

    public static final String DEMO_PASSWORD = "demo-2025-chainatlas";

    private final String username;
    private final String password;

    Users(String username) {
        this(username, DEMO_PASSWORD);
    }

    Users(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** HTTP Basic for this user; nothing for anonymous. */
    public RequestPostProcessor auth() {
        return username == null ? request -> request : httpBasic(username, password);
    }
}
