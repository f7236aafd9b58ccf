package org.chainatlas.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/** The first administrator: printed once only on the embedded default, from the environment in production. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private final AppUsers users = mock(AppUsers.class);

    @Test
    void productionRefusesToGenerateAnAdministratorPassword() {
        when(users.count()).thenReturn(0L);
        AdminBootstrap bootstrap = new AdminBootstrap(users, NoOpPasswordEncoder.getInstance(), "", false);
        assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
                .hasMessageContaining("CHAINATLAS_ADMIN_PASSWORD");
        verify(users, never()).save(any());
    }

    @Test
    void aConfiguredPasswordIsNeverLogged(CapturedOutput output) {
        when(users.count()).thenReturn(0L);
        new AdminBootstrap(users, NoOpPasswordEncoder.getInstance(), "configured-Secret-42", false)
                .run(new DefaultApplicationArguments());
        verify(users).save(any());
        assertThat(output).contains("configured initial password").doesNotContain("configured-Secret-42");
    }

    @Test
    void theEmbeddedDefaultPrintsAGeneratedPasswordOnce(CapturedOutput output) {
        when(users.count()).thenReturn(0L);
        new AdminBootstrap(users, NoOpPasswordEncoder.getInstance(), "", true).run(new DefaultApplicationArguments());
        assertThat(output).contains("shown only this once");
        when(users.count()).thenReturn(1L);
        int length = output.getAll().length();
        new AdminBootstrap(users, NoOpPasswordEncoder.getInstance(), "", true).run(new DefaultApplicationArguments());
        assertThat(output.getAll().substring(length)).doesNotContain("shown only this once");
    }
}
