package org.chainatlas.platform;

/** The platform cannot take this work now (a full queue, a run already going): answered 503 with Retry-After. */
public class Busy extends RuntimeException {

    private final int retryAfterSeconds;

    public Busy(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
