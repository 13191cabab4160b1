package vn.exemplarbot.plan;

import java.util.List;

/**
 * The state of a {@code /plan} flow: the divisions offered as buttons (a press carries only the
 * index), the division chosen, and what was sent: a typed text or a file.
 */
record PlanDraft(
    List<String> choices,
    String division,
    String body,
    String fileId,
    String fileName,
    String mimeType,
    long size) {

  static PlanDraft choosing(List<String> codes) {
    return new PlanDraft(codes, null, null, null, null, null, 0);
  }

  static PlanDraft forDivision(String code) {
    return new PlanDraft(List.of(code), code, null, null, null, null, 0);
  }

  PlanDraft withText(String text) {
    return new PlanDraft(choices, division, text, null, null, null, 0);
  }

  PlanDraft withFile(String id, String name, String mime, long bytes) {
    return new PlanDraft(choices, division, null, id, name, mime, bytes);
  }

  PlanDraft withDivision(String code) {
    return new PlanDraft(choices, code, null, null, null, null, 0);
  }

  boolean ready() {
    return division != null && (body != null || fileId != null);
  }
}
