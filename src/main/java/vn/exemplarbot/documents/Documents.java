package vn.exemplarbot.documents;

/**
 * Renders the bot's documents as {@code shared/docs/documents.md} lays them out, each as the bytes
 * of a file to keep in the data folder and send. Pure and thread-safe: no I/O, no clock, no state.
 *
 * <pre>{@code
 * Issuer issuer = Issuer.of(directory.config());
 * byte[] minutes = Documents.minutesPdf(issuer, ballotMinutes);
 * byte[] draft = Documents.decisionPdf(issuer, new RecognitionDecision(2026, null, null, closedOn, exemplars));
 * byte[] word = Documents.decisionDocx(issuer, decision);
 * byte[] certificate = Documents.certificatePdf(issuer, new Certificate(exemplar, movement, 2026,
 *     "15/QĐ-SNgV", LocalDate.of(2027, 1, 5), "12", false));
 * }</pre>
 *
 * <p>A decision or certificate needs {@link Issuer#signer()}; without one they throw {@link
 * IllegalStateException}.
 */
public final class Documents {

  /** The media types to send the files with. */
  public static final String PDF = "application/pdf";

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private Documents() {}

  /** The ballot minutes (Biên bản kiểm phiếu), A4 portrait. */
  public static byte[] minutesPdf(Issuer issuer, BallotMinutes minutes) {
    return MinutesPdf.render(issuer, minutes);
  }

  /**
   * The decision (Quyết định công nhận), A4 portrait; a draft (no number) reads {@code Số:
   * /QĐ-<short-name>} and is marked {@code DỰ THẢO}.
   */
  public static byte[] decisionPdf(Issuer issuer, RecognitionDecision decision) {
    return DecisionPdf.render(issuer, decision);
  }

  /** The same decision as an editable Word document, for the office. */
  public static byte[] decisionDocx(Issuer issuer, RecognitionDecision decision) {
    return DecisionDocx.render(issuer, decision);
  }

  /**
   * One exemplar's certificate (Giấy công nhận), A4 landscape in a decorative border; when {@link
   * Certificate#revoked()}, marked {@code ĐÃ THU HỒI}.
   */
  public static byte[] certificatePdf(Issuer issuer, Certificate certificate) {
    return CertificatePdf.render(issuer, certificate);
  }
}
