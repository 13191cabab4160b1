package vn.exemplarbot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import vn.exemplarbot.sandbox.internal.ApiServer;
import vn.exemplarbot.sandbox.internal.World;

/**
 * A Telegram Bot API look-alike on 127.0.0.1 for tests and the sandbox: the bot talks to it over
 * HTTP as to Telegram; tests act as users and read what each chat shows.
 *
 * <pre>{@code
 * try (BotApiEmulator telegram = BotApiEmulator.start("123:token")) {
 *   // point the bot at new TelegramUrl("http", "127.0.0.1", telegram.port(), false)
 *   EmulatedUser an = telegram.user(7, "an", "An");
 *   an.send("/start");
 *   ChatMessage menu = telegram.awaitBotMessage(7, m -> !m.keyboard().isEmpty(), ofSeconds(5));
 *   an.press(menu.messageId(), menu.buttons().get(0).callbackData());
 * }
 * }</pre>
 *
 * <p>While a webhook is set ({@code setWebhook}), updates are pushed to it instead and {@code
 * getUpdates} answers 409, as Telegram does; {@link #webhookDeliveries()} lists the pushes.
 *
 * <p>Every request is recorded ({@link #requests()}); a {@link RequestValidator} may check each one
 * first; {@link #faults(FaultPlan)} and {@link #enforceRateLimits(boolean)} make it misbehave as
 * Telegram can. Parameters of multipart requests hold an {@link UploadedFile} for each file part
 * ("attach://name" references resolved).
 */
public final class BotApiEmulator implements AutoCloseable {

  private final String token;
  private final ApiServer server;
  private final World world;
  private final Map<Long, EmulatedUser> users = new ConcurrentHashMap<>();

  private BotApiEmulator(String token) throws IOException {
    this.token = token;
    this.server = ApiServer.start(token, "exemplar_test_bot");
    this.world = server.world();
  }

  /** Starts an emulator answering for {@code token} on 127.0.0.1, on a free port. */
  public static BotApiEmulator start(String token) {
    try {
      return new BotApiEmulator(token);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Bot API emulator", e);
    }
  }

  public int port() {
    return server.port();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public String token() {
    return token;
  }

  /** The bot's username, as getMe answers it. */
  public String botUsername() {
    return world.botUsername();
  }

  /** The user with this id, created on first call with a private chat whose id is the user's. */
  public EmulatedUser user(long id, String username, String firstName) {
    return users.computeIfAbsent(id, i -> new EmulatedUser(world, i, username, firstName));
  }

  /** A group the bot is in; ids from -1000000000000 down make it a supergroup, as Telegram. */
  public void group(long chatId, String title) {
    if (chatId >= 0) {
      throw new IllegalArgumentException("group chat ids are negative: " + chatId);
    }
    ObjectNode chat = world.json().createObjectNode();
    chat.put("id", chatId);
    chat.put("title", title);
    chat.put("type", chatId <= -1_000_000_000_000L ? "supergroup" : "group");
    world.chats().add(chatId, chat);
  }

  /** What the chat shows, oldest first, edits applied, deleted messages gone. */
  public List<ChatMessage> chat(long chatId) {
    return world.chats().history(chatId);
  }

  /** Waits for the newest bot message in the chat that satisfies {@code p}. */
  public ChatMessage awaitBotMessage(long chatId, Predicate<ChatMessage> p, Duration timeout) {
    return world.chats().awaitBotMessage(chatId, p, timeout);
  }

  /** How many getUpdates calls are waiting for an update right now. */
  public int longPollsWaiting() {
    return world.updates().waiting();
  }

  public List<CallbackAnswer> callbackAnswers() {
    return world.callbacks().answers();
  }

  /** Command names set for BotCommandScopeChat(chatId), by language code ("" for the default). */
  public Map<String, List<String>> commandsFor(long chatId) {
    return server.commands().names("chat:" + chatId);
  }

  /** The reply keyboard the chat shows now (such as the button that shares one's phone number). */
  public List<List<ChatMessage.ReplyButton>> replyKeyboard(long chatId) {
    return world.chats().replyKeyboard(chatId);
  }

  /** The "/" menu of a private chat: the commands and descriptions Telegram would show. */
  public List<MenuCommand> commandMenu(long chatId, String language) {
    return server.commands().menu(chatId, language).stream()
        .map(line -> new MenuCommand(line[0], line[1]))
        .toList();
  }

  /** Command names set for a scope of another type, such as "default" or "all_private_chats". */
  public Map<String, List<String>> commandsForScope(String scopeType) {
    return server.commands().names(scopeType);
  }

  public List<RecordedRequest> requests() {
    return server.recorder().requests();
  }

  /** Puts an update already delivered back in the queue, as Telegram's at-least-once delivery. */
  public void redeliver(long updateId) {
    world.updates().redeliver(updateId);
  }

  /** The webhook's URL as set by {@code setWebhook}, empty while the bot polls. */
  public String webhookUrl() {
    return world.updates().webhookInfo().get("url").asText();
  }

  /** Every push of an update to the webhook so far, in order, with the bot's answer. */
  public List<WebhookDelivery> webhookDeliveries() {
    return server.pusher().deliveries();
  }

  public void faults(FaultPlan plan) {
    server.faults().plan(plan);
  }

  /** Every connection dropped unanswered for this long, {@code getUpdates} included. */
  public void unreachableFor(Duration duration) {
    server.outage().unreachableFor(duration);
  }

  /** Every call answered {@code 401 Unauthorized} for this long, as for a revoked token. */
  public void tokenRejectedFor(Duration duration) {
    server.outage().tokenRejectedFor(duration);
  }

  /** {@code getUpdates} answered {@code 409 Conflict} in this wording for this long. */
  public void conflictFor(FaultPlan.Conflict kind, Duration duration) {
    server.outage().conflictFor(kind, duration);
  }

  public void enforceRateLimits(boolean on) {
    server.limits().enforce(on);
  }

  public int rateLimited() {
    return server.limits().rejected();
  }

  public void requestValidator(RequestValidator v) {
    server.recorder().validator(v);
  }

  public List<String> violations() {
    return server.recorder().violations();
  }

  @Override
  public void close() {
    server.close();
  }
}
