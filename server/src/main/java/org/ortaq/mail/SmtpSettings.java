package org.ortaq.mail;

import java.util.Map;

/** The SMTP server for outgoing mail, from {@code ORTAQ_SMTP_*}; an empty host means no mail. */
public record SmtpSettings(String host, int port, String user, String password, String from, boolean startTls) {
  public static SmtpSettings from(Map<String, String> env) {
    String host = env.getOrDefault("ORTAQ_SMTP_HOST", "").strip();
    int port;
    try {
      port = Integer.parseInt(env.getOrDefault("ORTAQ_SMTP_PORT", "587").strip());
    } catch (NumberFormatException e) {
      throw new org.ortaq.config.InvalidConfig("ORTAQ_SMTP_PORT must be a number");
    }
    String from = env.getOrDefault("ORTAQ_SMTP_FROM", host.isEmpty() ? "" : "ortaq@" + host).strip();
    return new SmtpSettings(host, port, env.getOrDefault("ORTAQ_SMTP_USER", ""), env.getOrDefault("ORTAQ_SMTP_PASSWORD", ""),
        from, !"false".equalsIgnoreCase(env.getOrDefault("ORTAQ_SMTP_STARTTLS", "true")));
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", from=" + from + "]";
  }
}
