package org.chainatlas.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint CHENGDU = new GeoPoint(104.0657, 30.6595);
    private static final GeoPoint CHONGQING = new GeoPoint(106.5049, 29.5332);
    private static final GeoPoint BEIJING = new GeoPoint(116.4074, 39.9042);
    private static final GeoPoint SHANGHAI = new GeoPoint(121.4737, 31.2304);

    @Test
    void chengduToChongqingIsAboutTwoHundredSixtyKilometres() {
        assertThat(CHENGDU.distanceKm(CHONGQING)).isCloseTo(266, within(6.0));
    }

    @Test
    void beijingToShanghaiIsAboutOneThousandSeventyKilometres() {
        assertThat(BEIJING.distanceKm(SHANGHAI)).isCloseTo(1067, within(10.0));
    }

    @Test
    void distanceIsSymmetricAndZeroToItself() {
        assertThat(CHENGDU.distanceKm(BEIJING)).isEqualTo(BEIJING.distanceKm(CHENGDU));
        assertThat(CHENGDU.distanceKm(CHENGDU)).isZero();
    }

    @Test
    void refusesCoordinatesOffTheGlobe() {
        assertThatThrownBy(() -> new GeoPoint(200, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(100, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
