package org.chainatlas.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's clock in tests: the system's, unless a test pins it — so that a test of the event's day (slots
 * that have begun are closed, check-in on the day) does not depend on the hour it runs at. Pinned for the whole JVM
 * (the optimiser runs on its own thread): always release it, {@code try (var t = TestClock.earlyToday()) {...}}.
 */
public class TestClock implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static volatile Instant pinned;

    /** The clock the application gets (bean {@code clock}, which the platform's own then leaves out). */
    static final Clock CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant at = pinned;
            return at == null ? Instant.now() : at;
        }
    };

    /** Pins the clock at 00:01 of today in China, until closed: every slot of today's sessions is still ahead. */
    public static AutoCloseable earlyToday() {
        pinned = LocalDate.now(CHINA).atTime(0, 1).atZone(CHINA).toInstant();
        return () -> pinned = null;
    }

    /** Pins the clock at an instant, until closed. */
    public static AutoCloseable pinned(Instant at) {
        Instant before = pinned;
        pinned = at;
        return () -> pinned = before;
    }

    /** For a test class whose tests all run early today ({@code @ExtendWith(TestClock.EarlyToday.class)}). */
    public static class EarlyToday implements org.junit.jupiter.api.extension.BeforeEachCallback,
            org.junit.jupiter.api.extension.AfterEachCallback {

        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            earlyToday();
        }

        @Override
        public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            pinned = null;
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("clock", CLOCK);
    }
}
