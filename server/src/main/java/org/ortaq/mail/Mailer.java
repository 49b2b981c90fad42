package org.ortaq.mail;

/** Sends a plain-text mail, or says it cannot: the platform runs without mail when none is set up. */
public interface Mailer {
  /** True when mails really go out. */
  boolean enabled();

  /** Sends one mail; throws {@link MailFailure} with a one-line reason when the server refuses. */
  void send(String to, String subject, String text);

  /** The mailer of the settings: SMTP when a host is given, else none. */
  static Mailer of(SmtpSettings settings) {
    return settings.host().isEmpty() ? new NoMail() : new SmtpMailer(settings);
  }

  /** A mail that could not be sent. */
  final class MailFailure extends RuntimeException {
    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
