package org.chainatlas.account.internal;

import java.security.SecureRandom;

import org.chainatlas.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no users yet) creates the administrator {@code admin}. Its password comes from
 * {@code CHAINATLAS_ADMIN_PASSWORD} if set; on the embedded default only, it may be generated instead and printed
 * once to the console. Production refuses to start without it. Only its hash is stored.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AppUsers users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final boolean embeddedDefault;

    AdminBootstrap(AppUsers users, PasswordEncoder encoder,
            @Value("${chainatlas.admin.initial-password:${CHAINATLAS_ADMIN_PASSWORD:}}") String configuredPassword,
            @Value("${chainatlas.embedded-default:false}") boolean embeddedDefault) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
        this.embeddedDefault = embeddedDefault;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        if (generated && !embeddedDefault) {
            throw new IllegalStateException("First start on a production database: set CHAINATLAS_ADMIN_PASSWORD to the"
                    + " initial administrator password (it is never generated or printed outside the embedded default)");
        }
        String password = generated ? generate(20) : configuredPassword;
        users.save(new AppUser("admin", encoder.encode(password), Role.ADMIN));
        if (generated) {
            String line = "=".repeat(72);
            log.warn("\n{}\n  ChainAtlas administrator created (shown only this once)\n  user: admin\n  password: {}\n{}",
                    line, password, line);
        } else {
            log.info("ChainAtlas administrator 'admin' created with the configured initial password");
        }
    }

    static String generate(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
