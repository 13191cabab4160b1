package vn.exemplarbot.telegram.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.exemplarbot.conversation.Incoming;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.messaging.Method;
import vn.exemplarbot.messaging.OutboxItem;

/**
 * One log line per applied update and per delivery, and their counters ({@code
 * exemplar_updates_applied_total}, {@code exemplar_sends_total{method,outcome}}). What a line holds
 * is chosen so that it can never hold what a person wrote or chose: ids, the kind of update, the
 * Bot API method, the outcome, the time. Never the text, a button's data, a file's name, a
 * command's arguments (nor its name: a person may type any word after a slash), nor the token.
 */
public final class Telemetry {

  /** Without a registry (tests that build the loops by hand): lines, counted nowhere. */
  public static final Telemetry NONE = new Telemetry(new SimpleMeterRegistry());

  private static final Logger updates = LoggerFactory.getLogger("vn.exemplarbot.updates");
  private static final Logger deliveries = LoggerFactory.getLogger("vn.exemplarbot.deliveries");

  private final MeterRegistry registry;
  private final Counter applied;

  public Telemetry(MeterRegistry registry) {
    this.registry = registry;
    this.applied =
        Counter.builder("exemplar.updates.applied")
            .description("Updates applied (each once), whatever became of them")
            .register(registry);
  }

  void applied(UpdateApplier.Applied update) {
    applied.increment();
    long ms = update.nanos() / 1_000_000L;
    String kind = update.incoming().map(Telemetry::kind).orElse("unreadable");
    long person = update.incoming().map(i -> i.sender().userId()).orElse(0L);
    updates
        .atInfo()
        .setMessage("Update {} {} from {}: {} in {} ms")
        .addArgument(update.raw().updateId())
        .addArgument(kind)
        .addArgument(person)
        .addArgument(update.outcome().word())
        .addArgument(ms)
        .addKeyValue("update_id", update.raw().updateId())
        .addKeyValue("kind", kind)
        .addKeyValue("person_id", person)
        .addKeyValue("outcome", update.outcome().word())
        .addKeyValue("ms", ms)
        .log();
  }

  void delivered(OutboxItem item, String outcome) {
    String method = method(item);
    Counter.builder("exemplar.sends")
        .description("Bot API calls made for outbox rows, by method and outcome")
        .tags("method", method, "outcome", outcome)
        .register(registry)
        .increment();
    deliveries
        .atInfo()
        .setMessage("Delivery {} {} to chat {}: {}")
        .addArgument(item.id())
        .addArgument(method)
        .addArgument(item.chatId())
        .addArgument(outcome)
        .addKeyValue("outbox_id", item.id())
        .addKeyValue("method", method)
        .addKeyValue("chat_id", item.chatId())
        .addKeyValue("outcome", outcome)
        .log();
  }

  static String kind(Incoming incoming) {
    Input input = incoming.input();
    if (input instanceof Input.Command) {
      return "command";
    } else if (input instanceof Input.Text) {
      return "text";
    } else if (input instanceof Input.Press) {
      return "press";
    } else if (input instanceof Input.Contact) {
      return "contact";
    } else if (input instanceof Input.Upload upload) {
      return upload.photo() ? "photo" : "document";
    }
    return "other";
  }

  /** The Bot API method the row became. */
  static String method(OutboxItem item) {
    Method method = item.method();
    return switch (method) {
      case SEND_MESSAGE -> "sendMessage";
      case EDIT_MESSAGE -> item.messageId() == null ? "sendMessage" : "editMessageText";
      case DELETE_MESSAGE -> "deleteMessage";
      case SEND_DOCUMENT -> "sendDocument";
      case SET_COMMANDS -> "setMyCommands";
    };
  }
}
