package vn.exemplarbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a newcomer waits: from {@code java -jar target/exemplar-bot.jar} with no token to a
 * usable sandbox page (the page and its state answer, the people listed), in a fresh data folder
 * each run, as after a fresh clone and build. Prints one line per run and the median.
 *
 * <p>{@code mvn -B -q -Pbenchmark test-compile exec:exec
 * -Dbench.main=vn.exemplarbot.bench.SandboxStartBenchmark} (after {@code mvn -B package}; {@code
 * -Dbench.runs=5} for more runs).
 */
public final class SandboxStartBenchmark {

  private static final Pattern ADDRESS =
      Pattern.compile("Sandbox: http://127\\.0\\.0\\.1:(\\d+)/sandbox");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("bench.jar", "target/exemplar-bot.jar")).toAbsolutePath();
    int runs = Integer.getInteger("bench.runs", 3);
    long[] millis = new long[runs];
    for (int i = 0; i < runs; i++) {
      millis[i] = oneRun(jar);
      System.out.printf("run %d: usable page after %d ms%n", i + 1, millis[i]);
    }
    java.util.Arrays.sort(millis);
    System.out.printf(
        "median of %d: %d ms (nproc %d)%n",
        runs, millis[runs / 2], Runtime.getRuntime().availableProcessors());
  }

  private static long oneRun(Path jar) throws Exception {
    Path work = Files.createTempDirectory("sandbox-start");
    Path log = work.resolve("out.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-jar",
                    jar.toString()))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("TELEGRAM_BOT_TOKEN");
    builder.environment().remove("INVOCATION_ID");
    builder
        .environment()
        .put("EXEMPLAR_CONFIG_DIR", Path.of("bot-config").toAbsolutePath().toString());
    builder.environment().put("EXEMPLAR_DATA_DIR", work.resolve("data").toString());
    builder.environment().put("SERVER_PORT", "0");
    builder.environment().put("MANAGEMENT_SERVER_PORT", "0");
    long started = System.nanoTime();
    Process process = builder.start();
    try {
      int port = awaitPort(log, process);
      awaitUsable(port);
      return Duration.ofNanos(System.nanoTime() - started).toMillis();
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static int awaitPort(Path log, Process process) throws IOException {
    while (process.isAlive()) {
      Matcher m = ADDRESS.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      pause();
    }
    throw new IllegalStateException("the jar ended: " + Files.readString(log));
  }

  private static void awaitUsable(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port;
    while (true) {
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/sandbox")).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> state =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/sandbox/api/state")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (page.statusCode() == 200
          && state.statusCode() == 200
          && state.body().contains("\"people\":[{")) {
        return;
      }
      pause();
    }
  }

  /** Polls every 50 ms: a busy loop would take one of the machine's two cores from the bot. */
  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
