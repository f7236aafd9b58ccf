package org.chainatlas.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void composedCodesAreValidAndCarryTheRegion() {
        Uscc code = Uscc.compose("511500", 12345678);
        assertThat(code.value()).hasSize(18).startsWith("91511500");
        assertThat(Uscc.isValid(code.value())).isTrue();
    }

    @Test
    void everySingleCharacterChangeIsDetected() {
        String valid = Uscc.compose("510100", 87654321).value();
        for (int i = 0; i < 18; i++) {
            for (char c : Uscc.CHARSET.toCharArray()) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                assertThat(Uscc.isValid(changed)).as(changed).isFalse();
            }
        }
    }

    @Test
    void organisationCodeCheckDigitFollowsGb11714() {
        // D=13: 13·3 + 2·7 + 1·9 + 4·10 + 3·5 + 5·8 + 6·4 + 9·2 = 199; 11 − 199 mod 11 = 10 → 'X'
        assertThat(Uscc.organisationCheck("D2143569")).isEqualTo('X');
        // sum 0 → 11 → '0'
        assertThat(Uscc.organisationCheck("00000000")).isEqualTo('0');
        // 1·3 = 3 → 11 − 3 = 8
        assertThat(Uscc.organisationCheck("10000000")).isEqualTo('8');
    }

    @Test
    void explainsWhatIsWrong() {
        assertThat(Uscc.problem("123")).contains("18 characters");
        assertThat(Uscc.problem("91510100MA6CIOOOO1")).contains("characters not allowed");
        String valid = Uscc.compose("510100", 1).value();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertThat(Uscc.problem(valid.substring(0, 17) + wrong)).contains("check character");
        assertThatThrownBy(() -> new Uscc("bad")).isInstanceOf(IllegalArgumentException.class);
    }
}
