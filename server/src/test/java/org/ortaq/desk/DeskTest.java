package org.ortaq.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.article.ArticleDraft;
import org.ortaq.web.RunningOrtaq;

/** The desk's gate and forms over real HTTP: CSRF, sign-in limits, invitations, uploads, hiding. */
class DeskTest {
  /** A clock the test moves forward, to expire invitations. */
  static final class MovingClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }
  }

  @TempDir static Path dataDir;
  static RunningOrtaq site;
  static final MovingClock clock = new MovingClock();

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", clock);
    var services = site.ortaq().services();
    services.accounts().createUser("editor@baku.example", "Baku editor", false, "en",
        Map.of("sample-baku-diaspora-center", Set.of(Role.ADMIN, Role.EDITOR)));
    services.signIn().setPassword("editor@baku.example", "correct horse battery");
    services.accounts().createUser("limited@baku.example", "Limited", false, "en", Map.of());
    services.signIn().setPassword("limited@baku.example", "correct horse battery");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** A browser-like client: its own cookies, no redirects followed. */
  static final class Client {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(site.base() + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
      var body = new StringBuilder();
      form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return send(HttpRequest.newBuilder(URI.create(site.base() + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    String token(String path) {
      Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
      assertThat(matcher.find()).isTrue();
      return matcher.group(1);
    }

    HttpResponse<String> signIn(String email, String password) {
      return post("/admin/login", Map.of("_csrf", token("/admin/login"), "email", email, "password", password));
    }
  }

  @Test
  void sendsStrangersToTheSignInForm() {
    var response = new Client().get("/admin/articles");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/admin/login?next="));
  }

  @Test
  void refusesAFormWithoutOrWithAWrongCsrfToken() {
    var client = new Client();
    assertThat(client.signIn("editor@baku.example", "correct horse battery").statusCode()).isEqualTo(302);
    assertThat(client.post("/admin/articles", Map.of("title", "x")).statusCode()).isEqualTo(403);
    assertThat(client.post("/admin/articles", Map.of("_csrf", "forged", "title", "x")).statusCode()).isEqualTo(403);
    assertThat(new Client().post("/admin/login", Map.of("email", "editor@baku.example", "password", "correct horse battery")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void answersAWrongPasswordAndAnUnknownAccountAlike() {
    var wrong = new Client().signIn("editor@baku.example", "not the password");
    var unknown = new Client().signIn("nobody@baku.example", "not the password");
    assertThat(wrong.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
    assertThat(wrong.body()).contains("E-poçt və ya şifrə düzgün deyil.");
    assertThat(unknown.body()).contains("E-poçt və ya şifrə düzgün deyil.");
  }

  @Test
  void limitsFailedSignInsPerAccount() {
    var client = new Client();
    for (int i = 0; i < 5; i++) {
      assertThat(client.signIn("limited@baku.example", "wrong " + i).statusCode()).isEqualTo(401);
    }
    var limited = client.signIn("limited@baku.example", "correct horse battery");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("Çox sayda uğursuz cəhd");
  }

  @Test
  void showsAClearPageForAnExpiredInvitation() {
    var admin = new Actor(site.ortaq().services().accounts().emails().isEmpty() ? 0 : 1, "x", true, Map.of());
    String token = site.ortaq().services().signIn().invite(admin, organization(), "late@baku.example", Role.AUTHOR);
    assertThat(new Client().get("/admin/invitation/" + token).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofDays(8));
    var expired = new Client().get("/admin/invitation/" + token);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body()).contains("Bu dəvətin müddəti bitib");
    assertThat(new Client().get("/admin/invitation/nonsense").statusCode()).isEqualTo(404);
  }

  @Test
  void neverShowsAnotherOrganizationsDraft() {
    var services = site.ortaq().services();
    var admin = new Actor(1, "admin", true, Map.of());
    long istanbul = services.organizations().findBySlug("sample-istanbul-azerbaijani-association").orElseThrow().id();
    long id = services.articles().create(admin, istanbul, new ArticleDraft("tr", "Gizli taslak", "", "<p>gizli içerik</p>",
        "", "", "", List.of(), List.of(), 0)).id();
    var client = new Client();
    client.signIn("editor@baku.example", "correct horse battery");
    var response = client.get("/admin/articles/" + id);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("gizli içerik").doesNotContain("Gizli taslak");
    assertThat(client.get("/admin/articles/" + id + "/preview").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesUploadsThatAreNotImagesOrTooLarge() throws Exception {
    var client = new Client();
    client.signIn("editor@baku.example", "correct horse battery");
    String token = client.token("/admin/articles/new");
    var notImage = upload(client, token, "notes.jpg", "this is text, not a picture".getBytes(StandardCharsets.UTF_8));
    assertThat(notImage.statusCode()).isEqualTo(422);
    assertThat(notImage.body()).contains("not an image");
    var large = upload(client, token, "big.jpg", new byte[10 * 1024 * 1024 + 10]);
    assertThat(large.statusCode()).isIn(413, 422);
    assertThat(large.body()).containsAnyOf("larger than 10 MB", "too large", "Too Large");
    var image = new java.awt.image.BufferedImage(3000, 1500, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var bytes = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpg", bytes);
    var ok = upload(client, token, "photo.jpg", bytes.toByteArray());
    assertThat(ok.statusCode()).isEqualTo(201);
    assertThat(ok.body()).contains("\"width\":1600").contains("/uploads/");
  }

  private static HttpResponse<String> upload(Client client, String token, String name, byte[] content) {
    String boundary = "----ortaq" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create(site.base() + "/admin/uploads"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("X-CSRF-Token", token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static long organization() {
    return site.ortaq().services().organizations().findBySlug("sample-baku-diaspora-center").orElseThrow().id();
  }
}
