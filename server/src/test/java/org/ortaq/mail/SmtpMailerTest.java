package org.ortaq.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mail goes out over a real SMTP conversation on 127.0.0.1 (a minimal server in the test). */
class SmtpMailerTest {

  /** Accepts one mail and returns the conversation it saw. */
  private static CompletableFuture<String> oneMail(ServerSocket server) {
    return CompletableFuture.supplyAsync(() -> {
      var seen = new StringBuilder();
      try (Socket socket = server.accept();
          var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
          var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
        out.print("220 test ESMTP\r\n");
        out.flush();
        boolean data = false;
        String line;
        while ((line = in.readLine()) != null) {
          seen.append(line).append('\n');
          if (data) {
            if (line.equals(".")) {
              data = false;
              out.print("250 queued\r\n");
              out.flush();
            }
            continue;
          }
          String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
          switch (command) {
            case "EHLO", "HELO" -> out.print("250 test\r\n");
            case "DATA" -> {
              data = true;
              out.print("354 go on\r\n");
            }
            case "QUIT" -> {
              out.print("221 bye\r\n");
              out.flush();
              return seen.toString();
            }
            default -> out.print("250 ok\r\n");
          }
          out.flush();
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return seen.toString();
    });
  }

  @Test
  void sendsTheInvitationOverSmtp() throws Exception {
    try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> conversation = oneMail(server);
      Mailer mailer = Mailer.of(SmtpSettings.from(Map.of("ORTAQ_SMTP_HOST", "127.0.0.1",
          "ORTAQ_SMTP_PORT", Integer.toString(server.getLocalPort()), "ORTAQ_SMTP_STARTTLS", "false",
          "ORTAQ_SMTP_FROM", "ortaq@example.org")));
      assertThat(mailer.enabled()).isTrue();
      mailer.send("leyla@baku.example", "Platformaya qoşulun", "http://127.0.0.1:8080/admin/invitation/abc\n");
      String seen = conversation.get(10, TimeUnit.SECONDS);
      assertThat(seen).contains("MAIL FROM:<ortaq@example.org>").contains("RCPT TO:<leyla@baku.example>")
          .contains("/admin/invitation/abc").contains("Subject: =?UTF-8?");
    }
  }

  @Test
  void saysInOneLineWhenTheServerCannotBeReached() throws Exception {
    int port;
    try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Mailer mailer = Mailer.of(SmtpSettings.from(Map.of("ORTAQ_SMTP_HOST", "127.0.0.1",
        "ORTAQ_SMTP_PORT", Integer.toString(port), "ORTAQ_SMTP_STARTTLS", "false")));
    assertThatThrownBy(() -> mailer.send("x@example.org", "s", "t"))
        .isInstanceOf(Mailer.MailFailure.class)
        .hasMessageStartingWith("the invitation mail to x@example.org was not sent");
  }

  @Test
  void sendsNothingWithoutAHost() {
    assertThat(Mailer.of(SmtpSettings.from(Map.of())).enabled()).isFalse();
  }
}
