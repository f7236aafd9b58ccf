package org.chainatlas.platform.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends through Spring's {@link JavaMailSender} when {@code spring.mail.host} is set (production, and the
 * in-JVM GreenMail server in tests). Without a server, the embedded default logs each message (so it works without
 * mail); production logs only recipient and subject, never a body (bodies carry one-time links).
 * A failure to send is logged and does not undo the change that caused the message.
 */
@Component
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final boolean logBodies;

    SmtpMailer(ObjectProvider<JavaMailSender> sender, @Value("${chainatlas.mail.from:noreply@chainatlas.local}") String from,
            @Value("${chainatlas.embedded-default:false}") boolean embeddedDefault) {
        this.sender = sender;
        this.from = from;
        this.logBodies = embeddedDefault;
    }

    @Override
    public void send(String to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to == null || to.isBlank()) {
            if (logBodies) {
                // only on the embedded default, where the console is the developer's own mailbox
                log.info("Mail (no SMTP server configured) to {}: {}\n{}", to, subject, body);
            } else {
                // production: bodies carry reset links and must not reach log files
                log.warn("Mail to {} ({}) not sent: no SMTP server configured (spring.mail.host); body withheld", to, subject);
            }
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Mail to {} ({}) could not be sent: {}", to, subject, e.getMessage());
        }
    }
}
