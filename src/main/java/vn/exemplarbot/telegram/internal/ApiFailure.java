package vn.exemplarbot.telegram.internal;

/**
 * Why a Bot API call did not succeed, in the terms that decide what to do next. The description is
 * Telegram's (it never carries the message's content).
 */
public final class ApiFailure extends Exception {

  /** What the failure means for a retry. */
  public enum Kind {
    /** 429: try again after {@link #retryAfterSeconds()}. */
    RATE_LIMITED,
    /** 5xx or an answer we could not read: not done, try again later. */
    TRANSIENT,
    /** A timeout or a dropped connection: it may or may not have been done. */
    UNKNOWN_FATE,
    /** 4xx other than 429: it will never succeed. */
    REFUSED
  }

  private final Kind kind;
  private final int code;
  private final int retryAfterSeconds;

  public ApiFailure(Kind kind, int code, String description, int retryAfterSeconds) {
    super(description, null, false, false);
    this.kind = kind;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Kind kind() {
    return kind;
  }

  public int code() {
    return code;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Telegram's way of saying an edit changed nothing: the message already reads as wanted. */
  public boolean notModified() {
    return kind == Kind.REFUSED && getMessage() != null && getMessage().contains("not modified");
  }

  /** 401 or 404 from the Bot API: the token itself, not this call, is what Telegram refuses. */
  public boolean tokenRejected() {
    return kind == Kind.REFUSED && (code == 401 || code == 404);
  }

  /** For logs and the outbox: the code and Telegram's description, never any content. */
  public String reason() {
    return (code > 0 ? code + " " : "") + kind.name().toLowerCase() + ": " + getMessage();
  }
}
