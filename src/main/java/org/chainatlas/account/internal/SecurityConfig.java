package org.chainatlas.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Anonymous users read public pages and GET APIs; every other request needs a login. Pages use form login
 * (with remember-me) and CSRF protection; the API takes HTTP Basic or a personal token
 * ({@code Authorization: Bearer ca_…}), answers 401 instead of redirecting, and is stateless (no session
 * cookie authenticates it, so it needs no CSRF token). Rights on records are checked in the services.
 */
@Configuration
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {

    /** Pages that only make sense signed in: anonymous visitors are sent to the login page first. */
    static final String[] SIGNED_IN_PAGES = {"/enterprises/new", "/enterprises/*/edit", "/enterprises/*/history",
            "/enterprises/*/needs/new", "/needs/*/edit", "/parks/new", "/parks/*/edit", "/parks/*/history",
            "/parks/*/opportunities/new", "/opportunities/*/edit", "/account", "/account/**", "/admin/**",
            "/registrations", "/match/partners", "/events/*/manage", "/events/*/schedule", "/agenda", "/projects/**",
            "/dashboard/**", "/tickets/**", "/imports/**", "/events/new", "/events/*/edit", "/events/*/register",
            "/events/*/requests", "/events/*/requests/new", "/events/*/sessions/new", "/events/*/dashboard", "/events/*/runs.json",
            "/agenda.ics", "/checkin/*", "/meetings/**", "/projects.xlsx", "/tickets.xlsx", "/imports", "/workbench", "/leads",
            "/leads/**", "/overview", "/coordination", "/events/*/table-cards.pdf", "/events/*/schedules.pdf", "/agenda.pdf",
            "/events/*/registrations.xlsx"};
    static final String[] PUBLIC_POSTS = {"/login", "/password/forgot", "/password/reset", "/register"};

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, PersonalTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/me", "/api/v1/users/**", "/api/v1/tokens/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    SecurityFilterChain pageSecurity(HttpSecurity http, AccountUserDetails userDetails, AppSecrets secrets, AppUsers users,
            @org.springframework.beans.factory.annotation.Value("${chainatlas.secure-cookies:true}") boolean secureCookies)
            throws Exception {
        TokenBasedRememberMeServices rememberMe = new TokenBasedRememberMeServices("lazy", userDetails) {
            @Override
            public String getKey() {
                return secrets.get("remember-me-key");
            }
        };
        rememberMe.setParameter("remember-me");
        rememberMe.setCookieName("chainatlas-remember-me");
        rememberMe.setTokenValiditySeconds(14 * 24 * 3600);
        rememberMe.setUseSecureCookie(secureCookies);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, SIGNED_IN_PAGES).authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_POSTS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/workbench").permitAll())
                .rememberMe(r -> r.rememberMeServices(rememberMe).key("lazy"))
                .addFilterBefore(new SessionGuard(users), AnonymousAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/").deleteCookies("chainatlas-remember-me"))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }
}
