package org.chainatlas.matching.internal;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request that changed enterprises, needs or parks finishes only once the matching index has taken in its change
 * (after its transactions have released their connections): the user's next page reads its own change.
 */
@Configuration
class IndexSettling implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                IndexKeeper.awaitMine(Duration.ofSeconds(30));
            }
        });
    }
}
