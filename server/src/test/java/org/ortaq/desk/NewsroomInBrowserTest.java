package org.ortaq.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.ortaq.access.Role;
import org.ortaq.web.RunningOrtaq;

/**
 * The desk in a real browser: an admin invites a new editor, who signs up on a phone-sized window,
 * writes an article, submits it for review and approves (publishes) it; the admin on a desktop
 * shares it to the joint front page, which then shows it. Screenshots go to target/screenshots.
 */
class NewsroomInBrowserTest {
  @TempDir static Path dataDir;
  static RunningOrtaq site;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", Clock.systemUTC());
    var services = site.ortaq().services();
    services.accounts().createUser("admin@baku.example", "Aydan Admin", false, "az",
        Map.of("sample-baku-diaspora-center", Set.of(Role.ADMIN, Role.EDITOR)));
    services.signIn().setPassword("admin@baku.example", "correct horse battery");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void anInvitedAuthorWritesAndAnEditorPublishesInTheBrowser() {
    String invitation;
    try (Browser desktop = Browser.open(1280, 900)) {
      WebDriver admin = desktop.driver();
      signIn(admin, "admin@baku.example", "correct horse battery");
      admin.get(site.base() + "/admin/organization");
      admin.findElement(By.cssSelector("form[action='/admin/organization/invite'] input[name=email]")).sendKeys("leyla@baku.example");
      new org.openqa.selenium.support.ui.Select(admin.findElement(By.cssSelector("form[action='/admin/organization/invite'] select[name=role]")))
          .selectByValue("editor");
      admin.findElement(By.cssSelector("form[action='/admin/organization/invite'] button")).click();
      String notice = admin.findElement(By.cssSelector(".notice")).getText();
      invitation = notice.substring(notice.indexOf("/admin/invitation/"));
      desktop.screenshot("desk-organization-desktop");
    }
    try (Browser phone = Browser.open(390, 844)) {
      WebDriver author = phone.driver();
      author.get(site.base() + invitation);
      author.findElement(By.name("name")).sendKeys("Leyla Author");
      author.findElement(By.name("password")).sendKeys("a long enough password");
      author.findElement(By.cssSelector("button[type=submit]")).click();
      waitForText(author, "h1", "İdarə paneli");
      phone.screenshot("desk-dashboard-phone");
      author.get(site.base() + "/admin/articles/new");
      author.findElement(By.name("title")).sendKeys("Bakıda gənclər forumu keçirildi");
      WebElement lead = author.findElements(By.cssSelector(".ql-editor")).get(0);
      lead.click();
      lead.sendKeys("Diaspor gəncləri Bakıda toplaşdı.");
      WebElement body = author.findElements(By.cssSelector(".ql-editor")).get(1);
      body.click();
      body.sendKeys("Forumda gələcək layihələr müzakirə olundu.");
      phone.screenshot("desk-editor-phone");
      author.findElement(By.cssSelector("form.editor button.primary")).click();
      waitForText(author, ".notice", "Yadda saxlanıldı.");
      author.findElement(By.xpath("//button[contains(., 'Yoxlamaya göndər')]")).click();
      waitForText(author, ".status", "Yoxlamada");
      phone.screenshot("desk-review-phone");
      author.findElement(By.xpath("//button[contains(., 'İndi dərc et')]")).click();
      waitForText(author, ".status", "Dərc olunub");
    }
    try (Browser desktop = Browser.open(1280, 900)) {
      WebDriver editor = desktop.driver();
      signIn(editor, "admin@baku.example", "correct horse battery");
      editor.findElement(By.linkText("Bakıda gənclər forumu keçirildi")).click();
      desktop.screenshot("desk-editor-desktop");
      editor.findElement(By.name("front_page")).click();
      editor.findElement(By.cssSelector("form[action$='/share'] button")).click();
      waitForText(editor, ".status", "Dərc olunub");
      editor.get(site.base() + "/az/");
      assertThat(editor.findElement(By.cssSelector(".story-title")).getText()).isEqualTo("Bakıda gənclər forumu keçirildi");
      desktop.screenshot("front-desktop");
    }
    try (Browser phone = Browser.open(390, 844)) {
      phone.driver().get(site.base() + "/az/");
      assertThat(phone.driver().getPageSource()).contains("Diaspor gəncləri Bakıda toplaşdı.");
      phone.screenshot("front-phone");
    }
  }

  /** Waits for the page that a click loads: the element shows the text (old pages go stale). */
  private static void waitForText(WebDriver browser, String selector, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBe(By.cssSelector(selector), text));
  }

  private static void signIn(WebDriver browser, String email, String password) {
    browser.get(site.base() + "/admin");
    browser.findElement(By.name("email")).sendKeys(email);
    browser.findElement(By.name("password")).sendKeys(password);
    // the password hash takes a moment under load: wait for the next page before going on
    Browser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("button[type=submit]")), Duration.ofSeconds(30));
  }
}
