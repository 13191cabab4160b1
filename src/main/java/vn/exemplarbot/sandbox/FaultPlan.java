package vn.exemplarbot.sandbox;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which faults the emulator injects, into which methods, how often. With a fixed seed the same
 * sequence of requests meets the same faults.
 */
public record FaultPlan(
    double rate,
    Set<Fault> faults,
    Set<String> methods,
    long seed,
    int retryAfterSeconds,
    Duration slowDelay,
    int maxFaults) {

  /** The methods a plan affects unless told otherwise: the ones that send or change messages. */
  public static final Set<String> SENDING_METHODS =
      Set.of(
          "sendMessage",
          "sendDocument",
          "editMessageText",
          "editMessageReplyMarkup",
          "deleteMessage");

  /** What can go wrong with a request. */
  public enum Fault {
    /** 429 with {@code parameters.retry_after}; the request is not processed. */
    TOO_MANY_REQUESTS,
    /** 500 Internal Server Error; the request is not processed. */
    SERVER_ERROR,
    /** The request is processed normally after a delay. */
    SLOW,
    /** The connection closes before processing, with no answer. */
    DROP_BEFORE,
    /** The request is processed, then the connection closes with no answer. */
    DROP_AFTER,
    /** A front end's {@code 502 Bad Gateway} HTML page; the request is not processed. */
    BAD_GATEWAY_HTML,
    /** The request is processed; the answer is a 200 with an empty body. */
    EMPTY_OK,
    /**
     * The request is processed; the answer is {@code ok: true} with a result whose fields a client
     * cannot map (the message's chat and date are not what the Bot API says), its {@code
     * message_id} intact.
     */
    UNMAPPABLE_OK,
    /** A front end's {@code 504 Gateway Time-out} HTML page; the request is not processed. */
    GATEWAY_TIMEOUT_HTML,
    /** The request is processed; the answer is a 200 whose JSON is cut off halfway. */
    TRUNCATED_JSON,
    /** The request is processed; the answer is {@code ok: true} with a message without its id. */
    OK_WITHOUT_ID
  }

  /** A {@code 409 Conflict} on {@code getUpdates}, in either of Telegram's wordings. */
  public enum Conflict {
    /** Another program polls with the same token. */
    OTHER_POLLER(
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance"
            + " is running"),
    /** A webhook is set for the token. */
    WEBHOOK(
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to"
            + " delete the webhook first");

    private final String description;

    Conflict(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  public FaultPlan {
    faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
    methods = Set.copyOf(methods);
  }

  public static FaultPlan none() {
    return new FaultPlan(0, Set.of(), SENDING_METHODS, 1, 1, Duration.ZERO, Integer.MAX_VALUE);
  }

  /** A plan injecting the given faults into the sending methods with probability {@code rate}. */
  public static FaultPlan of(double rate, Fault... faults) {
    return builder().rate(rate).faults(faults).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a plan; defaults: seed 42, retry after 1 s, slow by 2 s, the sending methods. */
  public static final class Builder {
    private double rate = 1.0;
    private Set<Fault> faults = EnumSet.noneOf(Fault.class);
    private Set<String> methods = SENDING_METHODS;
    private long seed = 42;
    private int retryAfterSeconds = 1;
    private Duration slowDelay = Duration.ofSeconds(2);
    private int maxFaults = Integer.MAX_VALUE;

    public Builder rate(double rate) {
      this.rate = rate;
      return this;
    }

    public Builder faults(Fault... faults) {
      this.faults =
          faults.length == 0 ? EnumSet.noneOf(Fault.class) : EnumSet.of(faults[0], faults);
      return this;
    }

    public Builder methods(String... methods) {
      this.methods = Set.of(methods);
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder retryAfterSeconds(int seconds) {
      this.retryAfterSeconds = seconds;
      return this;
    }

    public Builder slowDelay(Duration delay) {
      this.slowDelay = delay;
      return this;
    }

    /** Stops injecting after this many faults, so that a client's retries eventually succeed. */
    public Builder maxFaults(int maxFaults) {
      this.maxFaults = maxFaults;
      return this;
    }

    public FaultPlan build() {
      return new FaultPlan(rate, faults, methods, seed, retryAfterSeconds, slowDelay, maxFaults);
    }
  }
}
