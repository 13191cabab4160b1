package vn.exemplarbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One bot of the chaos run in a JVM of its own, started as an operator starts it (the class path of
 * this run, properties as arguments, the environment given, its output appended to {@code
 * <name>.log}), killed with {@code kill -9} and started again, and at the end stopped with SIGTERM.
 * On PostgreSQL the run starts two, each named in {@code EXEMPLAR_INSTANCE_NAME}.
 */
final class ChaosBot {

  private final String name;
  private final List<String> arguments;
  private final Map<String, String> environment;
  private final Path workDir;
  private final Path log;
  private Process process;
  private int starts;

  private final String classPath;

  ChaosBot(
      String name,
      List<String> arguments,
      Map<String, String> environment,
      Path workDir,
      String classPath) {
    this.name = name;
    this.arguments = arguments;
    this.environment = Map.copyOf(environment);
    this.workDir = workDir;
    this.log = workDir.resolve(name + ".log");
    this.classPath = classPath;
  }

  /** The class path every bot of the run starts with, copied once into {@code workDir}. */
  static String classPath(Path workDir) throws IOException {
    return snapshot(workDir.resolve("classes"));
  }

  String name() {
    return name;
  }

  /**
   * The class path with the build's class folders copied aside: a build while the run goes on (its
   * restarts load classes anew) must not change the bot under test.
   */
  private static String snapshot(Path into) throws IOException {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.isDirectory(path)) {
        entries.add(entry);
        continue;
      }
      Path copy = into.resolve(String.valueOf(n++));
      try (var files = Files.walk(path)) {
        for (Path f : files.toList()) {
          Path target = copy.resolve(path.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(target);
          } else {
            Files.copy(f, target);
          }
        }
      }
      entries.add(copy.toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  Path log() {
    return log;
  }

  int starts() {
    return starts;
  }

  synchronized void start() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(classPath);
    command.add("vn.exemplarbot.ExemplarBotApplication");
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    for (String inherited :
        List.of(
            "TELEGRAM_BOT_TOKEN",
            "TELEGRAM_API_URL",
            "EXEMPLAR_CONFIG_DIR",
            "EXEMPLAR_DATA_DIR",
            "EXEMPLAR_SANDBOX",
            "INVOCATION_ID",
            "EXEMPLAR_DATABASE_URL",
            "EXEMPLAR_INSTANCE_NAME",
            "EXEMPLAR_BALLOT_KEY",
            "EXEMPLAR_BALLOT_KEY_FILE",
            "SERVER_PORT",
            "MANAGEMENT_SERVER_PORT")) {
      builder.environment().remove(inherited);
    }
    builder.environment().put("MANAGEMENT_SERVER_PORT", "0");
    builder.environment().putAll(environment);
    try {
      Files.writeString(
          log,
          "\n===== start " + (++starts) + " =====\n",
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the bot", e);
    }
  }

  /** {@code kill -9}: no shutdown hook, no graceful stop, whatever was in flight stays so. */
  synchronized long kill() throws InterruptedException {
    long pid = process.pid();
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    return pid;
  }

  /**
   * {@code kill -STOP} or {@code kill -CONT}: the process paused as a frozen machine is, or
   * resumed.
   */
  synchronized void signal(String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IOException("kill -" + name + " " + process.pid() + " failed");
    }
  }

  synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  /** SIGTERM, as systemd stops it; its exit code. */
  synchronized int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      return -1;
    }
    return process.exitValue();
  }
}
