package vn.exemplarbot.plan;

import java.time.Instant;

/**
 * One filing of a division's plan: a typed text ({@code body}) or a file (its copy at {@code path}
 * in the data folder, Telegram's {@code fileId} kept).
 *
 * @param late filed at or after the plans deadline
 */
public record DivisionPlan(
    long id,
    int cycleYear,
    String division,
    int version,
    String filedBy,
    Instant filedAt,
    boolean late,
    String body,
    String fileId,
    String path,
    String fileName,
    String mimeType,
    long size) {

  public boolean isFile() {
    return fileId != null;
  }
}
