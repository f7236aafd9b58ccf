package org.chainatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The common checks say the value as it was typed. */
class ValidationTest {

    @Test
    void aValueOutOfRangeIsSaidAsTypedNotInScientificNotation() {
        Validation v = new Validation();
        v.range("availableLandMu", 99_999_999_999d, 0, 1_000_000, "mu");
        v.range("plannedLandMu", -2.50, 0, 1_000_000, "mu");
        assertThat(v.errors()).hasSize(2);
        assertThat(v.errors().get(0).message()).startsWith("99999999999 is outside 0–1000000");
        assertThat(v.errors().get(0).args()).first().isEqualTo("99999999999");
        assertThat(v.errors().get(1).args()).first().isEqualTo("-2.5");
    }
}
