package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulator's parts wired together behind a JDK HTTP server on 127.0.0.1, served by daemon
 * threads the server owns and stops on {@link #close()}.
 */
public final class ApiServer implements AutoCloseable {

  static {
    // Without TCP_NODELAY every small answer waits ~40 ms for a delayed ACK; the JDK server reads
    // this once, when its first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final World world;
  private final Commands commands;
  private final FaultInjector faults = new FaultInjector();
  private final RateLimits limits = new RateLimits();
  private final Outage outage = new Outage();
  private final Recorder recorder = new Recorder();
  private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
  private final HttpServer server;
  private final WebhookPusher pusher;

  private ApiServer(String token, String botUsername) throws IOException {
    ObjectMapper json = new ObjectMapper();
    FileStore files = new FileStore(json);
    Chats chats = new Chats(json, files);
    this.world = new World(json, chats, new UpdateQueue(json), new Callbacks(), files, botUsername);
    this.commands = new Commands(json);
    ObjectNode me = BotMethods.identity(json, token, botUsername);
    Map<String, BotMethod> methods = new HashMap<>();
    new MessageMethods(chats, files, me).registerInto(methods);
    new BotMethods(json, me, world.updates(), world.callbacks(), commands, chats)
        .registerInto(methods);
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext(
        "/", new ApiHandler(token, json, methods, files, faults, limits, recorder, outage));
    server.setExecutor(executor);
    server.start();
    this.pusher = new WebhookPusher(json, world.updates());
  }

  public static ApiServer start(String token, String botUsername) throws IOException {
    return new ApiServer(token, botUsername);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public World world() {
    return world;
  }

  public Commands commands() {
    return commands;
  }

  public FaultInjector faults() {
    return faults;
  }

  public Outage outage() {
    return outage;
  }

  public RateLimits limits() {
    return limits;
  }

  public Recorder recorder() {
    return recorder;
  }

  public WebhookPusher pusher() {
    return pusher;
  }

  @Override
  public void close() {
    world.updates().close();
    pusher.close();
    server.stop(0);
    executor.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "bot-api-emulator-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
