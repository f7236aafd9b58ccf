package org.chainatlas.support;

import java.io.IOException;
import java.net.ServerSocket;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** An in-JVM SMTP server (GreenMail) for every test context; started once per JVM on a free port. */
public class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail greenMail;

    public static synchronized GreenMail server() {
        if (greenMail == null) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return greenMail;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail server = server();
        TestPropertyValues.of("spring.mail.host=127.0.0.1",
                "spring.mail.port=" + server.getSmtp().getPort()).applyTo(context);
    }
}
