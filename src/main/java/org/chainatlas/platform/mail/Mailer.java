package org.chainatlas.platform.mail;

/** Sends plain-text e-mail; without an SMTP server configured the message is written to the log instead. */
public interface Mailer {

    void send(String to, String subject, String body);
}
