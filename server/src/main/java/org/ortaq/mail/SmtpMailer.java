package org.ortaq.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends mail through an SMTP server with Jakarta Mail (Eclipse Angus). */
final class SmtpMailer implements Mailer {
  private final SmtpSettings settings;
  private final Session session;

  SmtpMailer(SmtpSettings settings) {
    this.settings = settings;
    var properties = new Properties();
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", Integer.toString(settings.port()));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    boolean login = !settings.user().isEmpty();
    properties.put("mail.smtp.auth", Boolean.toString(login));
    this.session = Session.getInstance(properties, login ? new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.user(), settings.password());
      }
    } : null);
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public void send(String to, String subject, String text) {
    try {
      var message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailFailure("the invitation mail to " + to + " was not sent: " + e.getMessage(), e);
    }
  }
}
