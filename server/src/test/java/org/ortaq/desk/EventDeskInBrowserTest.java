package org.ortaq.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.event.Event;
import org.ortaq.event.EventInput;
import org.ortaq.event.EventService;
import org.ortaq.web.RunningOrtaq;

/**
 * The desk's event pages in a real browser on a phone and a desktop: nothing wider than the
 * screen, the form's errors shown with the typed values, a cancelled event's public page.
 * Screenshots go to target/screenshots (desk-event-*.png) for a person to look at.
 */
class EventDeskInBrowserTest {
  @TempDir static Path dataDir;
  static RunningOrtaq site;
  static long busy;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", Clock.systemUTC());
    var services = site.ortaq().services();
    services.accounts().createUser("admin@baku.example", "Aydan Admin", false, "az",
        Map.of("sample-baku-diaspora-center", Set.of(Role.ADMIN, Role.EDITOR)));
    services.signIn().setPassword("admin@baku.example", "correct horse battery");
    EventService events = services.events();
    var platform = new Actor(1, "Platform", true, Map.of());
    Event event = events.create(platform, new EventInput("diaspora-youth-forum", "forum",
        List.of("sample-baku-diaspora-center", "sample-istanbul-azerbaijani-association"),
        Map.of("az", "Diaspor gənclərinin II forumu", "en", "Second forum of diaspora youth"),
        Map.of("az", "<p>Gənclər Bakıda toplaşır.</p>"), "2030-09-12T10:00", "2030-09-13T18:00", "Asia/Baku",
        new EventInput.VenueInput("Heydər Əliyev Mərkəzi", "Bakı", "AZ", "Heydər Əliyev prospekti 1", 40.3959, 49.8678),
        "https://meet.example/forum", "", 2, List.of()));
    busy = event.id();
    events.register(busy, "Aysel Məmmədova", "aysel@example.org", "Bakı Diaspor Mərkəzi");
    events.register(busy, "Murat Yılmaz", "murat.yilmaz@example.com.tr", "İstanbul Azərbaycanlılar Dərnəyi");
    events.register(busy, "Elif Kaya", "elif@example.de", "");
    Event cancelled = events.create(platform, new EventInput("", "meeting", List.of("sample-baku-diaspora-center"),
        Map.of("az", "Novruz görüşü"), Map.of(), "2030-03-20T18:00", "", "Europe/Berlin",
        new EventInput.VenueInput("", "Berlin", "DE", "", null, null), "", "FREQ=YEARLY;COUNT=5", 0, List.of()));
    events.cancel(platform, cancelled.id());
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void theEventPagesFitAPhoneAndADesktop() {
    try (Browser desktop = Browser.open(1280, 900)) {
      WebDriver browser = desktop.driver();
      signIn(browser);
      browser.get(site.base() + "/admin/events");
      assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Tədbirlər");
      fitsAndShoots(desktop, 1280, "desk-event-list-desktop");
      browser.findElement(By.linkText("Diaspor gənclərinin II forumu")).click();
      assertThat(browser.findElement(By.cssSelector(".registrations")).getText()).contains("Gözləmə siyahısı (1)");
      fitsAndShoots(desktop, 1280, "desk-event-edit-desktop");
    }
    try (Browser phone = Browser.open(390, 844)) {
      WebDriver browser = phone.driver();
      signIn(browser);
      browser.get(site.base() + "/admin/events");
      fitsAndShoots(phone, 390, "desk-event-list-phone");
      browser.get(site.base() + "/admin/events/" + busy);
      phone.screenshot("desk-event-edit-phone-top");
      fitsAndShoots(phone, 390, "desk-event-edit-phone");
      ((JavascriptExecutor) browser).executeScript("document.getElementById('registrations').scrollIntoView()");
      phone.screenshot("desk-event-registrations-phone");
      browser.get(site.base() + "/admin/events/new");
      browser.findElement(By.name("title_az")).sendKeys("Yoxlama tədbiri");
      browser.findElement(By.name("rrule")).sendKeys("FREQ=SOMETIMES");
      browser.findElement(By.cssSelector("form.event-form button.primary")).click();
      assertThat(browser.findElement(By.cssSelector(".errors")).getText()).contains("rrule").contains("start");
      assertThat(browser.findElement(By.name("title_az")).getAttribute("value")).isEqualTo("Yoxlama tədbiri");
      fitsAndShoots(phone, 390, "desk-event-errors-phone");
      browser.get(site.base() + "/az/events/novruz-gorusu");
      assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Ləğv olunub: Novruz görüşü");
      phone.screenshot("event-cancelled-phone");
    }
  }

  private static void signIn(WebDriver browser) {
    browser.get(site.base() + "/admin/login");
    browser.findElement(By.name("email")).sendKeys("admin@baku.example");
    browser.findElement(By.name("password")).sendKeys("correct horse battery");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    browser.findElement(By.cssSelector(".desk-nav"));
  }

  /** Asserts that nothing is wider than the window, then takes the whole page's height in one picture. */
  private static void fitsAndShoots(Browser browser, int width, String name) {
    var script = (JavascriptExecutor) browser.driver();
    long scrollWidth = ((Number) script.executeScript("return document.documentElement.scrollWidth")).longValue();
    long clientWidth = ((Number) script.executeScript("return document.documentElement.clientWidth")).longValue();
    assertThat(scrollWidth).as(name + " is no wider than the window").isLessThanOrEqualTo(clientWidth);
    long height = ((Number) script.executeScript("return document.documentElement.scrollHeight")).longValue();
    Dimension before = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 6000)));
    browser.screenshot(name);
    browser.driver().manage().window().setSize(before);
  }
}
