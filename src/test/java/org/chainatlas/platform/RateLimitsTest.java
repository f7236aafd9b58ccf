package org.chainatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.chainatlas.platform.web.RateLimits;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    @Test
    void allowsTheCapacityThenRefusesPerKey() {
        RateLimits limits = new RateLimits();
        RateLimits.Rule rule = new RateLimits.Rule("test", 3, Duration.ofMinutes(1));
        assertThat(limits.tryConsume(rule, "a")).isTrue();
        assertThat(limits.tryConsume(rule, "a")).isTrue();
        assertThat(limits.tryConsume(rule, "a")).isTrue();
        assertThat(limits.tryConsume(rule, "a")).isFalse();
        assertThat(limits.tryConsume(rule, "b")).as("another key has its own bucket").isTrue();
        assertThatThrownBy(() -> limits.require(rule, "a")).isInstanceOf(TooManyRequests.class).hasMessageContaining("at most 3");
    }
}
