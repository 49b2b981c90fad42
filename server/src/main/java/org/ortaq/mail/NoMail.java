package org.ortaq.mail;

/** No SMTP server configured: nothing is sent, and the desk shows links to pass on by hand. */
final class NoMail implements Mailer {
  @Override
  public boolean enabled() {
    return false;
  }

  @Override
  public void send(String to, String subject, String text) {
    throw new IllegalStateException("no SMTP server is configured (ORTAQ_SMTP_HOST)");
  }
}
