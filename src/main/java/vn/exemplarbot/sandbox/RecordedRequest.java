package vn.exemplarbot.sandbox;

import java.util.Map;

/**
 * A request the emulator received: the canonical method name (as the path gave it when unknown),
 * the decoded parameters, the HTTP status answered (0 when the connection was dropped before any
 * answer) and the injected fault's name, if any. {@code outboxId} is the bot's outbox row the
 * request delivers, when the bot names it in the test-only {@value #OUTBOX_ID_HEADER} header (the
 * chaos run tells a resend of one row from two messages by it); null otherwise.
 */
public record RecordedRequest(
    String method,
    Map<String, Object> params,
    int status,
    String fault,
    long receivedNanos,
    Long outboxId) {

  /** The test-only header naming the outbox row a request delivers. */
  public static final String OUTBOX_ID_HEADER = "X-Exemplar-Outbox-Id";
}
