package vn.exemplarbot.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.exemplarbot.sandbox.BotApiEmulator;

/**
 * Runs the sandbox: the emulator and the real bot in this process, the clock where the tour needs
 * it, and {@code <data>/sandbox/} wiped at every start and every reset (the emulator keeps its
 * chats, files and update numbers in memory, so a bot side kept alone would disagree with it).
 * Reset stops the bot, wipes, and starts a fresh emulator and bot on the same port, so the page
 * only has to reconnect.
 */
public final class SandboxHost {

  private static final Logger log = LoggerFactory.getLogger(SandboxHost.class);

  private final LaunchMode.Sandbox where;
  private final Class<?> application;
  private final String[] arguments;
  private final String secret = randomHex(16);
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile Running running;
  private volatile int port;
  private volatile long generation;
  private volatile boolean resetting;

  /** What one start of the sandbox consists of; the context is null while it starts. */
  private record Running(
      BotApiEmulator emulator, SandboxClock clock, ConfigurableApplicationContext context) {}

  private SandboxHost(LaunchMode.Sandbox where, Class<?> application, String[] arguments) {
    this.where = where;
    this.application = application;
    this.arguments = arguments;
    this.port = where.port();
  }

  /** Starts the sandbox and blocks until the process is told to stop; exits 1 if it cannot. */
  public static void run(LaunchMode.Sandbox where, Class<?> application, String[] arguments) {
    SandboxHost host;
    try {
      host = open(where, application, arguments);
    } catch (RuntimeException e) {
      // Spring has already printed why (a refused configuration, a port in use).
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(host::close, "sandbox-shutdown"));
    log.info("Sandbox: http://127.0.0.1:{}/sandbox", host.port);
    host.awaitEnd();
  }

  /** Starts the sandbox and returns at once (tests, and {@link #run}). */
  public static SandboxHost open(
      LaunchMode.Sandbox where, Class<?> application, String[] arguments) {
    SandboxHost host = new SandboxHost(where, application, arguments);
    host.start();
    return host;
  }

  /** The port the page is served on. */
  public int port() {
    return port;
  }

  /** Stops the bot and the emulator; the folder stays until the next start wipes it. */
  public void close() {
    stopBot();
    ended.countDown();
  }

  public BotApiEmulator emulator() {
    return running.emulator();
  }

  public SandboxClock clock() {
    return running.clock();
  }

  /** Counts the starts: the page reloads when it changes (after a reset). */
  public long generation() {
    return generation;
  }

  public boolean resetting() {
    return resetting;
  }

  /** The value of the page's cookie, which every state change must carry. */
  public String secret() {
    return secret;
  }

  public Path sandboxDir() {
    return where.sandboxDir();
  }

  /** Resets on a thread of its own, so the request that asked can be answered first. */
  public void resetLater() {
    resetting = true;
    Thread reset = new Thread(this::reset, "sandbox-reset");
    reset.start();
  }

  private synchronized void reset() {
    try {
      stopBot();
      start();
      log.info("Sandbox reset: http://127.0.0.1:{}/sandbox", port);
    } catch (RuntimeException e) {
      log.error("The sandbox could not start again after a reset; stopping", e);
      System.exit(1);
    } finally {
      resetting = false;
    }
  }

  private synchronized void start() {
    wipe(where.sandboxDir());
    SandboxStart start = SandboxStart.read(where.configDir());
    BotApiEmulator emulator = BotApiEmulator.start(randomToken());
    start
        .announceChatId()
        .ifPresent(id -> emulator.group(id, LaunchTexts.vi("sandbox.group.title")));
    SandboxClock clock = new SandboxClock(start.clock());
    running = new Running(emulator, clock, null);
    try {
      ConfigurableApplicationContext context = startBot(emulator, clock);
      port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      running = new Running(emulator, clock, context);
      generation++;
    } catch (RuntimeException e) {
      running = null;
      emulator.close();
      throw e;
    }
  }

  private ConfigurableApplicationContext startBot(BotApiEmulator emulator, SandboxClock clock) {
    return new SpringApplicationBuilder(application)
        .registerShutdownHook(false)
        .initializers(
            c -> {
              c.getBeanFactory().registerSingleton("clock", clock);
              c.getBeanFactory().registerSingleton("sandboxHost", this);
            })
        .run(SandboxArguments.of(arguments, where, port, emulator));
  }

  private synchronized void stopBot() {
    Running was = running;
    running = null;
    if (was != null) {
      if (was.context() != null) {
        was.context().close();
      }
      was.emulator().close();
    }
  }

  private void awaitEnd() {
    try {
      ended.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Deletes the sandbox's own folder and nothing else; links inside are removed, not followed. */
  static void wipe(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot wipe the sandbox folder " + dir, e);
    }
  }

  private static String randomToken() {
    return (100_000 + new SecureRandom().nextInt(900_000)) + ":sandbox-" + randomHex(12);
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
