package org.chainatlas.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentPresenceTest {

    @Test
    void noProducerIsMissing() {
        assertThat(SegmentPresence.classify(0, 0.0, 2)).isEqualTo(PresenceStatus.MISSING);
    }

    @Test
    void enoughProducersAtOrAboveTheNationalAverageArePresent() {
        assertThat(SegmentPresence.classify(4, 4.0, 2)).isEqualTo(PresenceStatus.PRESENT);
        assertThat(SegmentPresence.classify(2, 0.3, 2)).isEqualTo(PresenceStatus.PRESENT);
    }

    @Test
    void belowTheMinimumOrBelowTheAverageIsWeak() {
        assertThat(SegmentPresence.classify(1, 0.2, 2)).as("below the minimum").isEqualTo(PresenceStatus.WEAK);
        assertThat(SegmentPresence.classify(5, 12.5, 2)).as("below the national average").isEqualTo(PresenceStatus.WEAK);
    }
}
