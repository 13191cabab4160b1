package vn.exemplarbot.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.exemplarbot.roster.Organization;

/**
 * Every text of a decision, built once so that its PDF and its {@code .docx} state the same facts.
 *
 * @param articles {@code Điều 1.} (followed by the table), {@code Điều 2.} when rights are set,
 *     then who carries it out
 * @param signerTitles {@code GIÁM ĐỐC}, or {@code KT. GIÁM ĐỐC} over {@code PHÓ GIÁM ĐỐC}
 */
record DecisionText(
    Letterhead head,
    boolean draft,
    String subject,
    String issuer,
    List<String> bases,
    List<Article> articles,
    List<String> recipients,
    List<String> signerTitles,
    String signerName) {

  static final String DRAFT_MARK = "DỰ THẢO";
  static final String TITLE = "QUYẾT ĐỊNH";
  static final String DECIDES = "QUYẾT ĐỊNH:";
  static final String RECIPIENTS = "Nơi nhận:";
  static final List<String> COLUMNS =
      List.of("STT", "Họ và tên / Tập thể", "Chức vụ", "Đơn vị", "Thành tích tóm tắt");

  /** {@code Điều 1.} and its text. */
  record Article(String label, String text) {}

  static DecisionText of(Issuer issuer, RecognitionDecision d) {
    Organization org = issuer.organization();
    String number = d.draft() ? "Số:      /QĐ-" + org.shortName() : "Số: " + d.number();
    return new DecisionText(
        Letterhead.of(org, number, d.draft() ? null : d.decidedOn()),
        d.draft(),
        "Về việc công nhận điển hình tiên tiến năm " + d.year(),
        issuer.principalTitle() + " " + Organization.upperCase(org.heading().strip()),
        bases(issuer, d),
        articles(issuer, d),
        recipients(issuer.rights().isEmpty() ? 2 : 3),
        issuer.signerTitles(),
        issuer.requireSigner().name());
  }

  private static List<String> bases(Issuer issuer, RecognitionDecision d) {
    List<String> lines = new ArrayList<>();
    for (String basis : issuer.legalBases()) {
      String text = basis.strip().replaceAll("[;.,]+$", "");
      boolean worded = text.toLowerCase(Locale.ROOT).startsWith("căn cứ");
      lines.add((worded ? text : "Căn cứ " + text) + ";");
    }
    lines.add(
        "Căn cứ Biên bản kiểm phiếu của Hội đồng Thi đua - Khen thưởng "
            + DocumentDates.inDocument(d.ballotClosedOn())
            + ";");
    lines.add("Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng.");
    return lines;
  }

  private static List<Article> articles(Issuer issuer, RecognitionDecision d) {
    String who = who(d.exemplars());
    List<Article> articles = new ArrayList<>();
    articles.add(
        new Article(
            "Điều 1.",
            "Công nhận " + who + " có tên sau đây là điển hình tiên tiến năm " + d.year() + ":"));
    if (!issuer.rights().isEmpty()) {
      articles.add(new Article("Điều 2.", issuer.rights()));
    }
    articles.add(
        new Article(
            "Điều " + (articles.size() + 1) + ".",
            "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, đơn vị có"
                + " liên quan và "
                + who
                + " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."));
    return articles;
  }

  /** {@code cá nhân}, {@code các tập thể}, {@code các cá nhân, tập thể}… as the list holds. */
  private static String who(List<Exemplar> exemplars) {
    long collectives = exemplars.stream().filter(Exemplar::collective).count();
    long persons = exemplars.size() - collectives;
    if (persons > 0 && collectives > 0) {
      return "các cá nhân, tập thể";
    }
    String kind = collectives > 0 ? "tập thể" : "cá nhân";
    return exemplars.size() > 1 ? "các " + kind : kind;
  }

  private static List<String> recipients(int executingArticle) {
    return List.of("- Như Điều " + executingArticle + ";", "- Lưu: VT.");
  }

  /** The table's cells for one exemplar: name or collective, position, division, achievements. */
  static List<String> row(int n, Exemplar e) {
    return List.of(
        String.valueOf(n),
        e.name(),
        e.position() == null ? "" : e.position(),
        e.division() == null ? "" : e.division(),
        e.achievements());
  }
}
