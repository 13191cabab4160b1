package vn.exemplarbot.website;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.exemplarbot.decision.Recognition;
import vn.exemplarbot.messaging.Texts;

/**
 * The HTML page of one year: self-contained (inline CSS, no script, nothing fetched from
 * elsewhere), mobile first, every value HTML-escaped. Links are relative ({@code
 * exemplars-2025.html}, {@code exemplars.json}) so they work both in the folder a website copies
 * and under the bot's own {@code /}.
 */
@Component
class ExemplarPages {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final String STYLE =
      "*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\","
          + "Roboto,\"Noto Sans\",Arial,sans-serif;line-height:1.5;color:#1d232a;background:#f5f6f8}"
          + "header{background:#a3141c;color:#fff;padding:1rem}"
          + ".org{margin:0;font-size:.85rem;letter-spacing:.04em;text-transform:uppercase}"
          + "h1{margin:.25rem 0 0;font-size:1.4rem}nav,main,footer{padding:0 1rem}"
          + "nav{margin:1rem 0}nav a{display:inline-block;margin:0 .5rem .5rem 0;padding:.2rem .6rem;"
          + "border:1px solid #a3141c;border-radius:1rem;color:#a3141c;text-decoration:none}"
          + "nav a[aria-current]{background:#a3141c;color:#fff}"
          + "h2{font-size:1.15rem;border-bottom:2px solid #e0b000;padding-bottom:.2rem}"
          + "article{background:#fff;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem;"
          + "box-shadow:0 1px 2px rgba(0,0,0,.08)}h3{margin:0;font-size:1.05rem}"
          + ".position{margin:0;color:#555}dl{margin:.5rem 0 0}dt{font-weight:600;font-size:.85rem;"
          + "color:#555}dd{margin:0 0 .4rem;white-space:pre-line}"
          + "p,dd,h3{overflow-wrap:anywhere}footer{margin:2rem 0;font-size:.85rem;color:#555}"
          + "@media (min-width:48rem){main,nav,footer,header{padding-left:calc(50% - 22rem);"
          + "padding-right:calc(50% - 22rem)}}";

  private final Texts texts;

  ExemplarPages(Texts texts) {
    this.texts = texts;
  }

  byte[] page(Snapshot snapshot, int year) {
    String title = text("website.title", String.valueOf(year));
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title + " - " + snapshot.organization().name()))
        .append("</title>\n<link rel=\"alternate\" type=\"application/atom+xml\" href=\"")
        .append(SiteFiles.ATOM)
        .append("\">\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header><p class=\"org\">")
        .append(esc(snapshot.organization().name()))
        .append("</p><h1>")
        .append(esc(title))
        .append("</h1></header>\n");
    years(html, snapshot.years(), year);
    html.append("<main>\n");
    divisions(html, snapshot.byDivision(year), year);
    html.append("</main>\n<footer>")
        .append(esc(text("website.feeds")))
        .append(": <a href=\"")
        .append(SiteFiles.JSON)
        .append("\">JSON</a> · <a href=\"")
        .append(SiteFiles.ATOM)
        .append("\">Atom</a></footer>\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void years(StringBuilder html, List<Integer> years, int shown) {
    html.append("<nav aria-label=\"").append(esc(text("website.years"))).append("\">");
    for (int y : years) {
      html.append("<a href=\"").append(SiteFiles.yearPage(y)).append('"');
      if (y == shown) {
        html.append(" aria-current=\"page\"");
      }
      html.append('>').append(y).append("</a>");
    }
    html.append("</nav>\n");
  }

  private void divisions(StringBuilder html, Map<String, List<Recognition>> groups, int year) {
    if (groups.isEmpty()) {
      html.append("<p class=\"empty\">")
          .append(esc(text("website.none", String.valueOf(year))))
          .append("</p>\n");
    }
    groups.forEach(
        (division, exemplars) -> {
          html.append("<section class=\"division\">\n<h2>").append(esc(division)).append("</h2>\n");
          exemplars.forEach(r -> exemplar(html, r));
          html.append("</section>\n");
        });
  }

  private void exemplar(StringBuilder html, Recognition r) {
    html.append("<article class=\"exemplar\" id=\"")
        .append(esc(r.code()))
        .append("\">\n<h3>")
        .append(esc(Display.title(r, texts)))
        .append("</h3>\n");
    if (r.position() != null) {
      html.append("<p class=\"position\">").append(esc(r.position())).append("</p>\n");
    }
    html.append("<dl>");
    item(html, "website.movement", r.movement());
    item(html, "website.achievements", r.achievements());
    item(html, "website.decision", Display.decision(r, texts));
    html.append("</dl>\n</article>\n");
  }

  private void item(StringBuilder html, String labelKey, String value) {
    html.append("<dt>")
        .append(esc(text(labelKey)))
        .append("</dt><dd>")
        .append(esc(value == null ? "" : value.strip()))
        .append("</dd>");
  }

  private String text(String key, Object... args) {
    return texts.get(Texts.VI, key, args);
  }

  /** Escapes {@code < > & " '}; Vietnamese letters stay as they are in UTF-8. */
  static String esc(String value) {
    return HtmlUtils.htmlEscape(value, "UTF-8");
  }
}
