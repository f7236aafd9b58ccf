package org.chainatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.chainatlas.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The production profile: its own database or no start; no secrets in its logs. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    private static StandardEnvironment production(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("postgres");
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    @Test
    void refusesToStartWithoutItsDatabaseUrlOrPassword() {
        EmbeddedDatabase embedded = new EmbeddedDatabase();
        assertThatThrownBy(() -> embedded.postProcessEnvironment(production(Map.of("spring.datasource.password", "x")),
                new SpringApplication())).hasMessageContaining("CHAINATLAS_DB_URL");
        assertThatThrownBy(() -> embedded.postProcessEnvironment(production(
                Map.of("spring.datasource.url", "jdbc:postgresql://db/chainatlas")), new SpringApplication()))
                .hasMessageContaining("CHAINATLAS_DB_PASSWORD");
        StandardEnvironment complete = production(Map.of("spring.datasource.url", "jdbc:postgresql://db/chainatlas",
                "spring.datasource.password", "secret"));
        embedded.postProcessEnvironment(complete, new SpringApplication());
        assertThat(complete.getProperty(EmbeddedDatabase.EMBEDDED_DEFAULT)).as("production is not the embedded default").isNull();
    }

    @Test
    void theMailerOfProductionNeverLogsABody(CapturedOutput output) throws Exception {
        org.chainatlas.platform.mail.Mailer production = mailer(false);
        production.send("someone@example.org", "reset", "open https://example.org/password/reset?token=SECRET-LINK");
        assertThat(output).contains("body withheld").doesNotContain("SECRET-LINK");

        org.chainatlas.platform.mail.Mailer embedded = mailer(true);
        embedded.send("someone@example.org", "reset", "open https://example.org/password/reset?token=LOCAL-LINK");
        assertThat(output).contains("LOCAL-LINK");
    }

    private static org.chainatlas.platform.mail.Mailer mailer(boolean embeddedDefault) throws Exception {
        Class<?> type = Class.forName("org.chainatlas.platform.mail.SmtpMailer");
        var constructor = type.getDeclaredConstructor(org.springframework.beans.factory.ObjectProvider.class, String.class,
                boolean.class);
        constructor.setAccessible(true);
        org.springframework.beans.factory.support.StaticListableBeanFactory none =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();
        return (org.chainatlas.platform.mail.Mailer) constructor.newInstance(
                none.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class), "noreply@example.org",
                embeddedDefault);
    }
}
