package vn.exemplarbot.website;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.exemplarbot.messaging.Texts;

/**
 * The export over HTTP, read from {@code <data>/site/} as written: {@code /exemplars} (the current
 * cycle's page), {@code /exemplars-<year>.html} (the name the pages link to, so the same links work
 * in the copied folder), also {@code /exemplars?year=<year>} and {@code /exemplars/<year>}, {@code
 * /exemplars.json} and {@code /exemplars.atom}. A missing file is a 404 with a short page.
 */
@RestController
class SiteEndpoints {

  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  static final MediaType JSON = MediaType.APPLICATION_JSON;
  static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

  private final SiteFiles files;
  private final Texts texts;

  SiteEndpoints(SiteFiles files, Texts texts) {
    this.files = files;
    this.texts = texts;
  }

  @GetMapping("/exemplars")
  ResponseEntity<byte[]> index(@RequestParam(required = false) String year) {
    if (year == null) {
      return serve(SiteFiles.INDEX, HTML);
    }
    return yearPage(year);
  }

  @GetMapping({"/exemplars-{year}.html", "/exemplars/{year}"})
  ResponseEntity<byte[]> year(@PathVariable String year) {
    return yearPage(year);
  }

  @GetMapping("/exemplars.json")
  ResponseEntity<byte[]> json() {
    return serve(SiteFiles.JSON, JSON);
  }

  @GetMapping("/exemplars.atom")
  ResponseEntity<byte[]> atom() {
    return serve(SiteFiles.ATOM, ATOM);
  }

  private ResponseEntity<byte[]> yearPage(String year) {
    if (!year.matches("\\d{4}")) {
      return notFound();
    }
    return serve(SiteFiles.yearPage(Integer.parseInt(year)), HTML);
  }

  private ResponseEntity<byte[]> serve(String name, MediaType type) {
    return files
        .read(name)
        .map(bytes -> ResponseEntity.ok().contentType(type).body(bytes))
        .orElseGet(this::notFound);
  }

  private ResponseEntity<byte[]> notFound() {
    String message = ExemplarPages.esc(texts.get(Texts.VI, "website.not-found"));
    String page =
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>404</title></head><body><p>"
            + message
            + "</p><p><a href=\"exemplars\">/exemplars</a></p></body></html>\n";
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(HTML)
        .body(page.getBytes(StandardCharsets.UTF_8));
  }
}
