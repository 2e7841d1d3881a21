package dev.patron.systemtests.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium (Debian's {@code chromium} through its {@code chromedriver}) pointed at
 * the server under test. Without them the tests fail, saying how to install them: they never pass
 * silently.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PATRON_CHROMIUM", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PATRON_CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of(System.getProperty("patron.screenshots", "target/screenshots"));

  private final WebDriver driver;
  private final URI base;
  private final Path profile;

  private Browser(WebDriver driver, URI base, Path profile) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  /** A new browser (its own empty profile) at {@code width} × {@code height}. */
  public static Browser open(URI base, int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("The back office's browser tests need Chromium and its driver: on Debian,"
          + " apt-get install chromium chromium-driver (or set PATRON_CHROMIUM and PATRON_CHROMEDRIVER). Missing: "
          + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM));
    }
    try {
      Path profile = Files.createTempDirectory("patron-chromium");
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
      // No sandbox as root; no background traffic to Google's hosts, which this machine cannot reach.
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort().build();
      return new Browser(new ChromeDriver(service, options), base, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void go(String path) {
    driver.get(base.resolve(path).toString());
  }

  /** Waits (up to 10 s) for {@code condition} to give something other than null or false. */
  public <T> T await(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      // What the page showed when the wait gave up: the first thing to look at in a failed run.
      screenshot("timed-out-" + System.currentTimeMillis());
      throw e;
    }
  }

  /** The first element matching the CSS selector, once there and shown. */
  public WebElement find(String css) {
    return await(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst()
        .orElse(null));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits until the page's text contains {@code text}. */
  public void awaitText(String text) {
    await(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /** Signs in on the sign-in page and waits for the customer list. */
  public void signIn(String tenant, String email, String password) {
    go("/");
    type("input[name=tenant]", tenant);
    type("input[name=email]", email);
    type("input[name=password]", password);
    find("button[type=submit]").click();
    find("patron-customer-list table");
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }
}
