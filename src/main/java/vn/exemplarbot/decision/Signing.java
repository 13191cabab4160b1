package vn.exemplarbot.decision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.FileFetcher;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.storage.DataFiles;

/**
 * Keeps the signed scan of a decision ({@code /signed}) beside its files in {@code
 * <data>/decisions/<id>/} ({@code ban-ky-<id>.<ext>}; a later scan is kept as {@code
 * ban-ky-<id>-2.<ext>}…, the earlier ones stay), and from then on it is the copy sent; the
 * directors, the council secretaries and the office clerks get it at once. On PostgreSQL it is kept
 * in the database too ({@link DataFiles}), and a name taken there counts as taken.
 */
@Service
@Transactional
class Signing {

  private final DecisionRows rows;
  private final FileFetcher fetcher;
  private final DecisionMail mail;
  private final AuditLog audit;
  private final DataFiles files;

  Signing(
      DecisionRows rows, FileFetcher fetcher, DecisionMail mail, AuditLog audit, DataFiles files) {
    this.rows = rows;
    this.fetcher = fetcher;
    this.mail = mail;
    this.audit = audit;
    this.files = files;
  }

  /** The extension a signed scan may have, from its name or type; empty when it is neither. */
  static String extension(String fileName, String mimeType) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    String type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf") || type.equals("application/pdf")) {
      return "pdf";
    }
    if (name.endsWith(".png") || type.equals("image/png")) {
      return "png";
    }
    boolean jpeg = name.endsWith(".jpg") || name.endsWith(".jpeg") || type.equals("image/jpeg");
    return jpeg ? "jpg" : "";
  }

  /** Downloads and keeps it; then sends it. */
  void attach(String by, SignedFlow.Scan scan, List<String> codes) throws IOException {
    String relative = path(scan.decisionId(), scan.extension());
    Path file = files.path(relative);
    fetcher.fetch(scan.fileId(), file);
    files.keep(file);
    rows.signed(scan.decisionId(), relative, "ban-ky." + scan.extension());
    DecisionRows.Decision d = rows.decision(scan.decisionId()).orElseThrow();
    audit.record(by, "decision-signed", "decision-" + d.id(), relative);
    mail.sendSigned(d, codes, by);
  }

  private String path(long decisionId, String extension) {
    String base = "decisions/" + decisionId + "/ban-ky-" + decisionId;
    String relative = base + "." + extension;
    for (int n = 2; files.exists(relative); n++) {
      relative = base + "-" + n + "." + extension;
    }
    return relative;
  }
}
