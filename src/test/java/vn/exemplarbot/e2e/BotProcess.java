package vn.exemplarbot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot in a JVM of its own, as an operator runs it: its output goes to a file, and it is stopped
 * with SIGTERM as systemd stops it. If it outlives the grace it is given, its threads are dumped
 * into the failure before it is killed, to show what kept it alive.
 */
final class BotProcess implements AutoCloseable {

  /** Variables that would leak the test machine's own bot into the child, if it had any. */
  private static final List<String> INHERITED_SETTINGS =
      List.of(
          "TELEGRAM_BOT_TOKEN",
          "TELEGRAM_API_URL",
          "EXEMPLAR_CONFIG_DIR",
          "EXEMPLAR_DATA_DIR",
          "EXEMPLAR_SANDBOX",
          "INVOCATION_ID",
          "SERVER_PORT",
          "MANAGEMENT_SERVER_PORT");

  private final Process process;
  private final Path log;

  private BotProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The class-path main, as the test JVM itself was started, with properties as arguments. */
  static BotProcess classPath(List<String> arguments, Path workDir, Path log) {
    return classPath(arguments, Map.of(), workDir, log);
  }

  /** The class-path main with these variables besides. */
  static BotProcess classPath(
      List<String> arguments, Map<String, String> environment, Path workDir, Path log) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("vn.exemplarbot.ExemplarBotApplication");
    command.addAll(arguments);
    return start(command, environment, workDir, log);
  }

  static BotProcess start(
      List<String> command, Map<String, String> environment, Path workDir, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    INHERITED_SETTINGS.forEach(builder.environment()::remove);
    // A free port each: several bots run side by side in the tests.
    builder.environment().put("MANAGEMENT_SERVER_PORT", "0");
    builder.environment().putAll(environment);
    try {
      return new BotProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the process to end by itself; its exit code, or a failure showing its output. */
  int awaitExit(Duration limit) {
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        String threads = threadDump();
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError(
            "pid " + pid() + " still running after " + limit + "; threads:\n" + threads);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** {@code kill -9}: no shutdown hook runs, whatever was in flight stays so. */
  void kill() {
    try {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends SIGTERM ({@code destroy()} does on Linux) and returns how the process ended. */
  Exit terminate(Duration limit) {
    long started = System.nanoTime();
    process.destroy();
    int code = awaitExit(limit);
    return new Exit(code, Duration.ofNanos(System.nanoTime() - started));
  }

  /** What the process wrote so far, stdout and stderr together. */
  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String threadDump() {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process dump =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), "Thread.print")
              .redirectErrorStream(true)
              .start();
      String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      dump.waitFor(20, TimeUnit.SECONDS);
      return text;
    } catch (IOException e) {
      return "(no thread dump: " + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How a stopped process ended: its exit code and how long it took after the signal. */
  record Exit(int code, Duration took) {}
}
