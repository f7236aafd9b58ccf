package org.chainatlas.platform;

import java.time.Duration;

/** A rate limit was exceeded. Answered as 429 problem details. */
public class TooManyRequests extends RuntimeException {

    public TooManyRequests(String what, long capacity, Duration period) {
        super("too many " + what + " requests: at most " + capacity + " per " + period.toMinutes() + " min; try again later");
    }
}
