package org.ortaq.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}),
 * driven by Selenium, with no browser download. Missing browser: the test is skipped, unless
 * {@code ORTAQ_REQUIRE_BROWSER=1} (as in CI), where it fails.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser open(int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      String reason = "Debian's chromium and chromium-driver are not installed";
      if ("1".equals(System.getenv("ORTAQ_REQUIRE_BROWSER"))) {
        throw new AssertionError(reason + " (ORTAQ_REQUIRE_BROWSER=1)");
      }
      Assumptions.abort(reason + "; browser tests skipped");
    }
    try {
      Path profile = Files.createTempDirectory("ortaq-chromium");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM.toString());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
          "--lang=az", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
      var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(width, height));
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Clicks a button that submits a form and waits until the next page has loaded. The page being
   * left is marked first; the wait ends when the window's document no longer carries the mark and
   * has loaded. Unlike waiting for the old element to go stale, this never asks Chromium about a
   * node of the page being replaced (which it answers with an inspector error, not staleness).
   */
  static void clickAndWaitForNextPage(WebDriver browser, WebElement button, Duration timeout) {
    var script = (JavascriptExecutor) browser;
    script.executeScript("window.ortaqPageLeft = true");
    button.click();
    new WebDriverWait(browser, timeout).until(driver -> {
      try {
        return Boolean.TRUE.equals(script.executeScript(
            "return window.ortaqPageLeft === undefined && document.readyState === 'complete'"));
      } catch (WebDriverException e) {
        return false; // between two documents: ask again
      }
    });
  }

  /** Saves a PNG of the current page as target/screenshots/NAME.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
