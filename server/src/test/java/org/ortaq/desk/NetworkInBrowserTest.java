package org.ortaq.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ortaq.access.Role;
import org.ortaq.store.TestClock;
import org.ortaq.web.RunningOrtaq;

/**
 * The network in a real browser: the representatives of three sample organizations (Baku and
 * Berlin on desktops, Istanbul on a phone) propose a joint decision, discuss it, vote — Istanbul
 * changes its ballot — and, once the window has closed, see it adopted with a register number; the
 * proposer adds two action items, one owner reports progress, and the public register shows it.
 * Then Berlin drafts a statement, Baku and Istanbul co-sign, Berlin publishes, and the statement
 * lists all three and appears on a signatory's page. Screenshots go to target/screenshots.
 */
class NetworkInBrowserTest {
  private static final String BAKU = "sample-baku-diaspora-center";
  private static final String ISTANBUL = "sample-istanbul-azerbaijani-association";
  private static final String BERLIN = "sample-berlin-turkic-union";
  private static final String PASSWORD = "correct horse battery";

  @TempDir static Path dataDir;
  static RunningOrtaq site;
  static final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", clock);
    var services = site.ortaq().services();
    user(services, "rep@baku.example", "Aydan Baku", BAKU, Set.of(Role.ADMIN, Role.REPRESENTATIVE));
    user(services, "rep@istanbul.example", "Emre İstanbul", ISTANBUL, Set.of(Role.REPRESENTATIVE));
    user(services, "rep@berlin.example", "Leyla Berlin", BERLIN, Set.of(Role.REPRESENTATIVE));
  }

  private static void user(org.ortaq.Services services, String email, String name, String organization, Set<Role> roles) {
    services.accounts().createUser(email, name, false, "az", Map.of(organization, roles));
    services.signIn().setPassword(email, PASSWORD);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void threeOrganizationsDecideTogetherAndCoSignAStatement() {
    try (Browser bakuWindow = Browser.open(1280, 900); Browser istanbulWindow = Browser.open(390, 844);
        Browser berlinWindow = Browser.open(1280, 900)) {
      WebDriver baku = bakuWindow.driver();
      WebDriver istanbul = istanbulWindow.driver();
      WebDriver berlin = berlinWindow.driver();
      signIn(baku, "rep@baku.example");
      signIn(istanbul, "rep@istanbul.example");
      signIn(berlin, "rep@berlin.example");

      // Baku proposes, with Istanbul as co-sponsor, and opens the discussion.
      baku.get(site.base() + "/admin/decisions/new");
      baku.findElement(By.name("area")).sendKeys("Media");
      baku.findElement(By.name("title_az")).sendKeys("Birgə media platformasının yaradılması");
      baku.findElement(By.name("text_az")).sendKeys("Şuşa Bəyannaməsinə uyğun olaraq birgə media platforması yaradılır.\n\nHər təşkilat öz redaksiyasını aparır.");
      baku.findElement(By.xpath("//details[summary[contains(., 'Türkçe')]]/summary")).click();
      baku.findElement(By.name("title_tr")).sendKeys("Ortak medya platformasının kurulması");
      baku.findElement(By.cssSelector("input[name=sponsors][value='" + ISTANBUL + "']")).click();
      WebElement quorum = baku.findElement(By.name("quorum"));
      quorum.clear();
      quorum.sendKeys("3");
      bakuWindow.screenshot("desk-decision-proposal-desktop");
      baku.findElement(By.cssSelector("form[action='/admin/decisions'] button[type=submit]")).click();
      waitFor(baku, ".status-draft");
      String decisionPage = baku.getCurrentUrl().replaceAll("\\?.*", "");
      String decisionPath = decisionPage.substring(site.base().length());
      baku.findElement(By.cssSelector("form[action$='/discussion'] button")).click();
      waitFor(baku, ".status-discussion");

      // Istanbul, on a phone, comments.
      istanbul.get(site.base() + "/admin/decisions");
      istanbul.findElement(By.linkText("Birgə media platformasının yaradılması")).click();
      istanbul.findElement(By.name("body")).sendKeys("Dəstəkləyirik; türk dilində versiyanı biz hazırlayaq.");
      istanbul.findElement(By.cssSelector("form[action$='/comments'] button")).click();
      waitForText(istanbul, ".comments", "türk dilində versiyanı biz hazırlayaq");
      assertFitsTheScreen(istanbul);
      istanbulWindow.screenshot("desk-decision-discussion-phone");

      // Baku opens the vote for the week the form suggests; each member organization votes.
      baku.get(decisionPage);
      baku.findElement(By.cssSelector("form[action$='/voting'] button")).click();
      waitFor(baku, ".status-voting");
      vote(baku, "yes", "");
      istanbul.get(site.base() + "/admin");
      assertThat(istanbul.findElement(By.cssSelector(".network-card")).getText()).contains("Birgə media platformasının yaradılması");
      istanbulWindow.screenshot("desk-dashboard-waiting-phone");
      istanbul.findElement(By.cssSelector(".network-card a")).click();
      vote(istanbul, "no", "");
      vote(istanbul, "yes", "Düzəlişlərdən sonra lehinə səs veririk.");
      berlin.get(decisionPage);
      vote(berlin, "yes", "Berlin dəstəkləyir.");
      assertThat(berlin.findElement(By.cssSelector(".ballots")).getText()).contains("Düzəlişlərdən sonra lehinə səs veririk.");
      assertThat(berlin.findElements(By.cssSelector(".ballots li"))).hasSize(3);
      berlinWindow.screenshot("desk-decision-voting-desktop");

      // The window closes at its time: the decision is adopted with the first number of its year.
      clock.advance(Duration.ofDays(8));
      baku.get(decisionPage);
      waitFor(baku, ".status-adopted");
      assertThat(baku.findElement(By.tagName("h1")).getText()).contains("2026/1");
      addAction(baku, "Türkcə redaksiyanın qurulması", ISTANBUL, "2027-03-01");
      addAction(baku, "Berlin forumunda təqdimat", BERLIN, "2027-06-15");
      assertThat(baku.findElements(By.cssSelector(".action-item"))).hasSize(2);

      // Istanbul reports progress on its own item.
      istanbul.get(decisionPage);
      WebElement own = istanbul.findElement(By.xpath("//div[@class='action-item'][.//b[text()='Türkcə redaksiyanın qurulması']]"));
      new Select(own.findElement(By.name("status"))).selectByValue("in_progress");
      own.findElement(By.name("note")).sendKeys("Redaktorlar seçildi.");
      own.findElement(By.cssSelector("button")).click();
      waitFor(istanbul, ".status-implementing");
      assertFitsTheScreen(istanbul);
      istanbulWindow.screenshot("desk-decision-actions-phone");

      // The public register shows the number, the ballots and the progress.
      berlin.get(site.base() + "/az/decisions/");
      assertThat(berlin.getPageSource()).contains("2026/1").contains("Birgə media platformasının yaradılması");
      berlinWindow.screenshot("decisions-register-desktop");
      istanbul.get(site.base() + decisionPath.replace("/admin/decisions/", "/az/decisions/"));
      assertThat(istanbul.getPageSource()).contains("Redaktorlar seçildi.").contains("Berlin forumunda təqdimat")
          .contains("Berlin dəstəkləyir.");
      assertFitsTheScreen(istanbul);
      istanbulWindow.screenshot("decision-public-phone");

      // Berlin drafts a statement and invites Baku and Istanbul; both sign; Berlin publishes.
      berlin.get(site.base() + "/admin/statements/new");
      berlin.findElement(By.name("title_az")).sendKeys("Şuşa Bəyannaməsinin ildönümü ilə bağlı birgə bəyanat");
      berlin.findElement(By.name("text_az")).sendKeys("Biz, aşağıda imza edən təşkilatlar, həmrəyliyimizi bəyan edirik.");
      berlin.findElement(By.cssSelector("input[name=invite][value='" + BAKU + "']")).click();
      berlin.findElement(By.cssSelector("input[name=invite][value='" + ISTANBUL + "']")).click();
      berlin.findElement(By.cssSelector("form[action='/admin/statements'] button[type=submit]")).click();
      waitFor(berlin, ".signatories");
      String statementPage = berlin.getCurrentUrl().replaceAll("\\?.*", "");
      baku.get(site.base() + "/admin");
      assertThat(baku.findElement(By.cssSelector(".network-card")).getText()).contains("Şuşa Bəyannaməsinin ildönümü");
      sign(baku, statementPage);
      sign(istanbul, statementPage);
      assertFitsTheScreen(istanbul);
      istanbulWindow.screenshot("desk-statement-phone");
      berlin.get(statementPage);
      assertThat(berlin.findElements(By.cssSelector(".signatories li.signed"))).hasSize(3);
      berlin.findElement(By.cssSelector("form[action$='/publish'] button")).click();
      waitFor(berlin, ".status-published");
      berlin.findElement(By.xpath("//a[contains(@href, '/az/statements/')]")).click();
      String published = berlin.getPageSource();
      assertThat(published).contains("Şuşa Bəyannaməsinin ildönümü ilə bağlı birgə bəyanat")
          .contains("Bakı Diaspor Mərkəzi").contains("İstanbul Azərbaycanlılar Dərnəyi").contains("Berlin Türk-Azərbaycan Birliyi");
      berlinWindow.screenshot("statement-public-desktop");
      istanbul.get(site.base() + "/az/" + BAKU + "/");
      assertThat(istanbul.getPageSource()).contains("Şuşa Bəyannaməsinin ildönümü ilə bağlı birgə bəyanat")
          .contains("Birgə media platformasının yaradılması");
      assertFitsTheScreen(istanbul);
      istanbulWindow.screenshot("organization-network-phone");
    }
  }

  /** Nothing on the page is wider than the window: no sideways scrolling on a phone. */
  private static void assertFitsTheScreen(WebDriver browser) {
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).as("sideways overflow on " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
  }

  private static void vote(WebDriver browser, String choice, String statement) {
    WebElement form = browser.findElement(By.cssSelector("form[action$='/ballots']"));
    form.findElement(By.cssSelector("input[name=choice][value=" + choice + "]")).click();
    WebElement text = form.findElement(By.name("statement"));
    text.clear();
    text.sendKeys(statement);
    Browser.clickAndWaitForNextPage(browser, form.findElement(By.cssSelector("button")), Duration.ofSeconds(15));
    waitFor(browser, ".notice");
  }

  private static void addAction(WebDriver browser, String title, String owner, String due) {
    WebElement form = browser.findElement(By.cssSelector("form[action$='/actions']"));
    form.findElement(By.name("title")).sendKeys(title);
    new Select(form.findElement(By.name("owner"))).selectByValue(owner);
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("due_on")), due);
    form.findElement(By.cssSelector("button")).click();
    waitForText(browser, "main", title);
  }

  private static void sign(WebDriver browser, String statementPage) {
    browser.get(statementPage);
    browser.findElement(By.cssSelector("form[action$='/sign'] button")).click();
    waitFor(browser, ".notice");
  }

  private static void waitFor(WebDriver browser, String selector) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
  }

  private static void waitForText(WebDriver browser, String selector, String text) {
    var present = ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(selector), text);
    new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
        .until(driver -> {
          try {
            return present.apply(driver);
          } catch (WebDriverException e) {
            // the page went on to the next one between finding the element and reading its text:
            // Chromium says so in its own words, not as a stale element; look again
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
              return false;
            }
            throw e;
          }
        });
  }

  private static void signIn(WebDriver browser, String email) {
    browser.get(site.base() + "/admin");
    browser.findElement(By.name("email")).sendKeys(email);
    browser.findElement(By.name("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(browser, ".desk-nav");
  }
}
