package vn.exemplarbot.playground;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.exemplarbot.messaging.Texts;

/**
 * The sandbox page: plain HTML from {@code playground/sandbox.html} with its words from the message
 * bundle, a little script and a style sheet, nothing fetched from outside the machine. Serving it
 * sets the cookie that every state change must carry.
 */
@RestController
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class SandboxPage {

  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z0-9.-]+)}}");
  private static final Map<String, MediaType> ASSETS =
      Map.of(
          "sandbox.js", new MediaType("text", "javascript", StandardCharsets.UTF_8),
          "sandbox.css", new MediaType("text", "css", StandardCharsets.UTF_8));

  private final SandboxHost host;
  private final Texts texts;
  private final JsonMapper json = JsonMapper.builder().build();

  SandboxPage(SandboxHost host, Texts texts) {
    this.host = host;
    this.texts = texts;
  }

  @GetMapping({"/sandbox", "/sandbox/"})
  ResponseEntity<String> page() {
    ResponseCookie cookie =
        ResponseCookie.from(SandboxGuard.COOKIE, host.secret())
            .path("/")
            .httpOnly(true)
            .sameSite("Strict")
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.SET_COOKIE, cookie.toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Content-Security-Policy", "default-src 'self'; img-src 'self' blob:")
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .body(fill(resource("sandbox.html")));
  }

  @GetMapping("/sandbox/assets/{name}")
  ResponseEntity<String> asset(@PathVariable String name) {
    MediaType type = ASSETS.get(name);
    if (type == null) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(type).body(resource(name));
  }

  /** Each {{key}} becomes the Vietnamese text of sandbox.page.key, escaped for HTML. */
  private String fill(String template) {
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = m.group(1).equals("texts") ? scriptTexts() : html(text(m.group(1)));
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  private String text(String key) {
    if (key.equals("banner-detail")) {
      return texts.get(Texts.VI, "sandbox.page.banner-detail", host.sandboxDir());
    }
    return texts.get(Texts.VI, "sandbox.page." + key);
  }

  /** The words the script needs, as JSON inside the page (escaped so it cannot end the block). */
  private String scriptTexts() {
    Map<String, String> words = new LinkedHashMap<>();
    for (String key : SCRIPT_WORDS) {
      words.put(key, text(key));
    }
    return json.writeValueAsString(words).replace("<", "\\u003c");
  }

  private static final List<String> SCRIPT_WORDS =
      List.of(
          "registered",
          "not-registered",
          "cannot-register",
          "pick-first",
          "empty-chat",
          "edited",
          "open-file",
          "clock-none",
          "next-due",
          "sample-running",
          "reset-confirm",
          "resetting",
          "offline",
          "share-contact",
          "no-group");

  static String html(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String resource(String name) {
    try (InputStream in = SandboxPage.class.getResourceAsStream("/playground/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource playground/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
