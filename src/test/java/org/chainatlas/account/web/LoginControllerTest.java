package org.chainatlas.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** Without demo data (production) the sign-in page does not tell how the demo signs in. */
class LoginControllerTest {

    @Test
    void theSignInHintIsForDemoDataOnly() {
        LoginController controller = new LoginController(null);
        ExtendedModelMap model = new ExtendedModelMap();
        controller.demo = false;
        assertThat(controller.login(model)).isEqualTo("account/login");
        assertThat(model.get("demo")).isEqualTo(false);
        controller.demo = true;
        controller.login(model);
        assertThat(model.get("demo")).isEqualTo(true);
    }
}
