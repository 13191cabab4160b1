package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The page at {@code /exemplars} as chromium renders it on a phone-sized screen (375 px): names and
 * achievements with every diacritic, HTML and Markdown characters shown as typed (no script run, no
 * element made of them), grouped by division, no horizontal scrolling. Leaves a screenshot in
 * {@code target/screenshots/exemplars.png}.
 */
final class BrowserCheck {

  static final Path SCREENSHOT = Path.of("target/screenshots/exemplars.png");

  private final int port;
  private final String name;
  private final String achievements;

  BrowserCheck(int port, String name, String achievements) {
    this.port = port;
    this.name = name;
    this.achievements = achievements;
  }

  void run() {
    try (Browser browser = new Browser(375, 812)) {
      WebDriver driver = browser.driver();
      driver.get("http://127.0.0.1:" + port + "/exemplars");
      assertThat(driver.getTitle())
          .isEqualTo("Điển hình tiên tiến năm 2026 - Sở Ngoại vụ tỉnh Đồng Nai");
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Điển hình tiên tiến năm 2026");
      List<WebElement> sections = driver.findElements(By.cssSelector("section.division"));
      assertThat(sections)
          .extracting(s -> s.findElement(By.tagName("h2")).getText())
          .containsExactly("Phòng Hợp tác quốc tế", "Thanh tra Sở");
      assertThat(sections.get(0).findElement(By.tagName("h3")).getText()).isEqualTo("Bà " + name);
      assertThat(sections.get(1).findElement(By.tagName("h3")).getText())
          .isEqualTo("Tập thể Thanh tra Sở");
      WebElement first = sections.get(0).findElement(By.tagName("article"));
      assertThat(first.findElements(By.tagName("dd")).get(1).getText()).isEqualTo(achievements);
      safe(driver, browser);
      Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
      Number viewport = (Number) browser.script("return window.innerWidth");
      assertThat(viewport.intValue()).isEqualTo(375);
      assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
      browser.screenshot(SCREENSHOT);
    }
    assertThat(SCREENSHOT).exists().isNotEmptyFile();
  }

  /** The special characters made nothing: no alert, no script, no element inside the entries. */
  private static void safe(WebDriver driver, Browser browser) {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(driver.findElements(By.tagName("script"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("main dd *"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("main a, main b, main strong, main em, main i")))
        .isEmpty();
    assertThat(browser.script("return typeof window.alert")).isEqualTo("function");
  }
}
