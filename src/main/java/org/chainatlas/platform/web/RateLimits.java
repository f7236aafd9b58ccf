package org.chainatlas.platform.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chainatlas.platform.TooManyRequests;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Token-bucket rate limits (Bucket4j) by key, e.g. {@code login:<ip>} or {@code meeting-request:<user>}. Buckets
 * live in memory; the map is cleared when it grows past a bound, which can only make limits more lenient.
 */
@Component
public class RateLimits {

    /** A limit: {@code capacity} actions per {@code period}, refilled gradually. */
    public record Rule(String name, long capacity, Duration period) {
    }

    private static final int MAX_KEYS = 100_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public boolean tryConsume(Rule rule, String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(rule.name() + ":" + key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rule.capacity()).refillGreedy(rule.capacity(), rule.period()).build())
                .build());
        return bucket.tryConsume(1);
    }

    /** Whether the key has used up its allowance for now (without consuming anything). */
    public boolean exhausted(Rule rule, String key) {
        Bucket bucket = buckets.get(rule.name() + ":" + key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    /** Consumes one action or throws {@link TooManyRequests}. */
    public void require(Rule rule, String key) {
        if (!tryConsume(rule, key)) {
            throw new TooManyRequests(rule.name(), rule.capacity(), rule.period());
        }
    }
}
