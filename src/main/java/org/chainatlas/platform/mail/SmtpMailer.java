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
 * in-JVM GreenMail server in tests); otherwise logs each message, so the embedded default works without mail.
 * A failure to send is logged and does not undo the change that caused the message.
 */
@Component
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    SmtpMailer(ObjectProvider<JavaMailSender> sender, @Value("${chainatlas.mail.from:noreply@chainatlas.local}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to == null || to.isBlank()) {
            log.info("Mail (no SMTP server configured) to {}: {}\n{}", to, subject, body);
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
