package vn.exemplarbot.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the sandbox page, in a real headless chromium: picks whom to act as, types, presses
 * the buttons under the bot's messages, attaches files, moves the clock, reads the tour. Only the
 * page: never the emulator or the database.
 */
final class SandboxPageDriver {

  /** The bot's messages as the page shows them: id and text, oldest first. */
  private static final String BOT_MESSAGES =
      "return Array.from(document.querySelectorAll(arguments[0] + ' .msg.bot')).map(m =>"
          + " ({id: Number(m.dataset.message), text: m.querySelector('.bubble').innerText}));";

  private final Browser browser;
  private final WebDriver driver;
  private final WebDriverWait wait;

  SandboxPageDriver(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  WebDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
    wait.until(d -> !d.findElements(By.cssSelector("#people [data-person]")).isEmpty());
  }

  /** After a reset: the page has reloaded by itself and shows the people again. */
  void awaitFreshStart() {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                js("return window.beforeReset === undefined;").equals(Boolean.TRUE)
                    && !d.findElements(By.cssSelector("#people [data-person]")).isEmpty());
  }

  void actAs(String rosterId) {
    By person = By.cssSelector("[data-person='" + rosterId + "']");
    wait.until(d -> clicked(d.findElement(person)));
    wait.until(
        d ->
            "true"
                .equals(
                    d.findElement(By.cssSelector("[data-person='" + rosterId + "']"))
                        .getAttribute("aria-pressed")));
  }

  /** Opens the "/" menu (once the bot has set this person's commands); returns what it lists. */
  String menu(String expected) {
    return wait.until(
        d -> {
          if (!d.findElement(By.id("menu")).isDisplayed()) {
            d.findElement(By.id("menu-button")).click();
          }
          String text = d.findElement(By.id("menu")).getText();
          return text.contains(expected) ? text : null;
        });
  }

  /** Types into the message box and sends with Enter. */
  void type(String text) {
    WebElement input = driver.findElement(By.id("input"));
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
  }

  /** Types and waits for a bot message newer than any before, with every fragment. */
  String say(String text, String... fragments) {
    long before = newestBotId("#messages");
    type(text);
    return awaitBot(before, fragments);
  }

  /**
   * Presses the button labelled so under the newest bot message that has one; waits for a bot
   * message with the fragments, newer than before or that message edited.
   */
  @SuppressWarnings("unchecked")
  String press(String label, String... fragments) {
    long before = newestBotId("#messages");
    // The chat is drawn anew whenever it changes: find, read and click in one go, again if stale.
    List<Object> pressed =
        wait.until(
            d -> {
              List<Object> found =
                  (List<Object>)
                      js(
                          "const all = Array.from(document.querySelectorAll('#messages .msg.bot'))"
                              + ".reverse(); for (const m of all) { const b = Array.from("
                              + "m.querySelectorAll('.kb button')).find(x => x.textContent"
                              + " === arguments[0] && !x.disabled); if (b) return [b,"
                              + " m.dataset.message, m.querySelector('.bubble').innerText]; }"
                              + " return null;",
                          label);
              return found != null && clicked((WebElement) found.get(0)) ? found : null;
            });
    long pressedOn = Long.parseLong((String) pressed.get(1));
    String textBefore = (String) pressed.get(2);
    return wait.until(
        d ->
            botMessages("#messages").stream()
                .filter(m -> id(m) > before || (id(m) == pressedOn && !text(m).equals(textBefore)))
                .map(SandboxPageDriver::text)
                .filter(t -> Stream.of(fragments).allMatch(t::contains))
                .reduce((a, b) -> b)
                .orElse(null));
  }

  /** Clicks, unless the page drew the element anew meanwhile (then the caller looks again). */
  private static boolean clicked(WebElement element) {
    try {
      element.click();
      return true;
    } catch (StaleElementReferenceException e) {
      return false;
    }
  }

  /** Waits for this person's own message with exactly this text in the chat. */
  void awaitMine(String text) {
    wait.until(
        d ->
            d.findElements(By.cssSelector("#messages .msg.user .bubble")).stream()
                .anyMatch(b -> b.getText().equals(text)));
  }

  /** Waits for the sample data's status line to contain the text. */
  void awaitStatus(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(90))
        .until(d -> d.findElement(By.id("sample-status")).getText().contains(text));
  }

  /** Waits for a bot message in the chat newer than {@code after} with every fragment. */
  String awaitBot(long after, String... fragments) {
    return awaitIn("#messages", after, fragments);
  }

  String awaitGroup(String... fragments) {
    return awaitIn("#group-messages", 0, fragments);
  }

  private String awaitIn(String box, long after, String... fragments) {
    return wait.until(
        d ->
            botMessages(box).stream()
                .filter(m -> id(m) > after)
                .map(SandboxPageDriver::text)
                .filter(t -> Stream.of(fragments).allMatch(t::contains))
                .reduce((a, b) -> b)
                .orElse(null));
  }

  long newestBotId(String box) {
    return botMessages(box).stream().mapToLong(SandboxPageDriver::id).max().orElse(0);
  }

  /** Clicks the reply keyboard's button with this label (such as sharing one's phone number). */
  void replyKeyboard(String label) {
    wait.until(
        d ->
            d.findElements(By.cssSelector("#reply-keyboard button")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .map(SandboxPageDriver::clicked)
                .orElse(false));
  }

  void attach(Path file) {
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
  }

  /** Opens the newest file bubble whose name contains the fragment; returns its address. */
  String openFile(String nameFragment) {
    return wait.until(
        d ->
            d.findElements(By.cssSelector("#messages .msg.bot a.file")).stream()
                .filter(a -> a.getText().contains(nameFragment))
                .reduce((a, b) -> b)
                .map(
                    a -> {
                      try {
                        String href = a.getAttribute("href");
                        a.click();
                        return href;
                      } catch (StaleElementReferenceException e) {
                        return null;
                      }
                    })
                .orElse(null));
  }

  /** Read in one script: the tour is drawn anew whenever the state changes. */
  boolean done(String step) {
    return "true"
        .equals(
            js(
                "const li = document.querySelector(\"#tour li[data-step='\" + arguments[0] +"
                    + " \"']\"); return li ? li.dataset.done : null;",
                step));
  }

  void awaitDone(String step) {
    wait.until(d -> done(step));
  }

  /** Presses a clock button and waits for the page to show the state after the move. */
  void moveClock(String move) {
    String moves = "return document.body.dataset.clockMoves || '0';";
    String before = (String) js(moves);
    driver.findElement(By.cssSelector("[data-move='" + move + "']")).click();
    wait.until(d -> !before.equals(js(moves)));
  }

  /** Moves to the next timed action, again and again (at most 15 times), until the step is done. */
  void moveClockUntilDone(String step) {
    for (int i = 0; i < 15 && !done(step); i++) {
      moveClock("next");
    }
    awaitDone(step);
  }

  String clock() {
    return driver.findElement(By.id("clock-now")).getText();
  }

  void screenshot(String name) {
    browser.screenshot(Path.of("target", "screenshots", name + ".png"));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> botMessages(String box) {
    return (List<Map<String, Object>>) js(BOT_MESSAGES, box);
  }

  private static long id(Map<String, Object> m) {
    return ((Number) m.get("id")).longValue();
  }

  private static String text(Map<String, Object> m) {
    return String.valueOf(m.get("text"));
  }
}
