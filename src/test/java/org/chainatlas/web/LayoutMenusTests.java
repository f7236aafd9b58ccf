package org.chainatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chainatlas.support.AtlasTest;
import org.chainatlas.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The layout's menus follow the viewer's role: a visitor signs in, staff find their tools, an enterprise none of them. */
@AtlasTest
class LayoutMenusTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private String page(String path, String username) throws Exception {
        MockHttpServletRequestBuilder request = get(path).param("lang", "zh");
        if (username != null) {
            request = request.with(SignedIn.as(users, username));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachViewerSeesTheMenusOfTheirRole() throws Exception {
        String visitor = page("/", null);
        assertThat(visitor).contains("href=\"/login\"").doesNotContain("id=\"nav-workbench\"", "id=\"nav-leads\"", "href=\"/admin/users\"");
        assertThat(page("/", "sichuan-organiser")).contains("id=\"nav-workbench\"", "id=\"nav-leads\"", "href=\"/admin/users\"")
                .doesNotContain("href=\"/login\"");
        assertThat(page("/", "yibin-locality")).contains("id=\"nav-leads\"").doesNotContain("href=\"/admin/users\"");
        assertThat(page("/", "catl-enterprise")).contains("id=\"nav-workbench\"")
                .doesNotContain("id=\"nav-leads\"", "href=\"/admin/users\"", "href=\"/login\"");
        // the workbench's side menu
        assertThat(sidebar(page("/workbench", "sichuan-organiser"))).contains("id=\"side-leads\"", "href=\"/dashboard/projects\"");
        assertThat(sidebar(page("/workbench", "sichuan-officer"))).contains("href=\"/dashboard/projects\"").doesNotContain("id=\"side-leads\"");
        assertThat(sidebar(page("/workbench", "catl-enterprise"))).contains("id=\"side-workbench\"")
                .doesNotContain("id=\"side-leads\"", "href=\"/dashboard/projects\"");
    }

    private static String sidebar(String page) {
        int from = page.indexOf("id=\"sidebar\"");
        assertThat(from).as("the page has the side menu").isPositive();
        return page.substring(from, page.indexOf("</aside>", from));
    }
}
