package vn.exemplarbot.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Telegram Bot API look-alike on 127.0.0.1 for tests and the sandbox: the bot talks to it over
 * HTTP as to Telegram; tests act as users and read what each chat shows.
 */
public final class BotApiEmulator implements AutoCloseable {

  static {
    // Without TCP_NODELAY every small answer waits ~40 ms for a delayed ACK; the JDK server reads
    // this once, when its first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final String token;
  private final World world;
  private final Commands commands;
  private final FaultInjector faults = new FaultInjector();
  private final RateLimits limits = new RateLimits();
  private final Recorder recorder = new Recorder();
  private final Map<Long, EmulatedUser> users = new ConcurrentHashMap<>();
  private final ExecutorService executor;
  private final HttpServer server;

  private BotApiEmulator(String token) throws IOException {
    this.token = token;
    ObjectMapper json = new ObjectMapper();
    FileStore files = new FileStore(json);
    this.world =
        new World(
            json,
            new Chats(json, files),
            new UpdateQueue(json),
            new Callbacks(),
            files,
            "exemplar_test_bot");
    this.commands = new Commands(json);
    ObjectNode me = BotMethods.identity(json, token, world.botUsername());
    Map<String, BotMethod> methods = new HashMap<>();
    new MessageMethods(world.chats(), files, me).registerInto(methods);
    new BotMethods(json, me, world.updates(), world.callbacks(), commands, world.chats())
        .registerInto(methods);
    this.executor = Executors.newCachedThreadPool(daemonThreads());
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext(
        "/", new ApiHandler(token, json, methods, files, faults, limits, recorder));
    server.setExecutor(executor);
    server.start();
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
    return server.getAddress().getPort();
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
    return commands.names("chat:" + chatId);
  }

  /** Command names set for a scope of another type, such as "default" or "all_private_chats". */
  public Map<String, List<String>> commandsForScope(String scopeType) {
    return commands.names(scopeType);
  }

  public List<RecordedRequest> requests() {
    return recorder.requests();
  }

  /** Puts an update already delivered back in the queue, as Telegram's at-least-once delivery. */
  public void redeliver(long updateId) {
    world.updates().redeliver(updateId);
  }

  public void faults(FaultPlan plan) {
    faults.plan(plan);
  }

  public void enforceRateLimits(boolean on) {
    limits.enforce(on);
  }

  public int rateLimited() {
    return limits.rejected();
  }

  public void requestValidator(RequestValidator v) {
    recorder.validator(v);
  }

  public List<String> violations() {
    return recorder.violations();
  }

  @Override
  public void close() {
    world.updates().close();
    server.stop(0);
    executor.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "bot-api-emulator-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
