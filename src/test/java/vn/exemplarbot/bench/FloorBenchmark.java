package vn.exemplarbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.exemplarbot.e2e.TestDatabase;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.CallbackAnswer;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.sandbox.RecordedRequest;

/**
 * The bot against its floor (issue 16): {@link EchoBot} (the same TelegramBots client, nothing
 * stored) and the packaged bot, one after the other, each in its own JVM with the same flags,
 * polling a fresh emulator over HTTP under the same load, in alternating runs. Per run: start
 * (process start to the first {@code getUpdates}, and to the reply to a {@code /start} waiting for
 * it), peak resident memory ({@code VmHWM} from {@code /proc}), reply latency at a steady rate
 * after a warm-up burst that is not counted, and CPU per update in a burst (the process's own
 * {@code utime + stime}, less its idle rate, from the burst's first update until its last reply:
 * the bot's delivery at Telegram's pace included). Prints each run, the medians and the ratios.
 *
 * <p>{@code mvn -B package -DskipTests && mvn -B -q -Pbenchmark test-compile exec:exec
 * -Dbench.main=vn.exemplarbot.bench.FloorBenchmark} with {@code -Dfloor.runs} (3 each), {@code
 * -Dfloor.users} (200), {@code -Dfloor.rate} (10/s), {@code -Dfloor.steady} (PT60S), {@code
 * -Dfloor.burst} (1500), {@code -Dfloor.flags} (the JVM flags both get, space-separated; by default
 * those of {@code deploy/exemplar-bot.service}) and {@code -Dfloor.profile=on} (a flame graph of
 * each measured burst into {@code target/benchmarks/}), {@code -Dfloor.heap=on} (a histogram of the
 * live heap after each measured burst, {@code jcmd … GC.class_histogram}, beside it). With {@code
 * EXEMPLAR_TEST_DATABASE_URL} set (a PostgreSQL server's admin URL, as for the tests) the bot keeps
 * everything there instead: the template is a database, and each run gets a copy of it ({@code
 * CREATE DATABASE ... TEMPLATE}).
 */
public final class FloorBenchmark {

  static final String TOKEN = "123456:FLOOR-floor-floor-floor";
  private static final int RUNS = Integer.getInteger("floor.runs", 3);
  private static final int USERS = Integer.getInteger("floor.users", 200);
  private static final int RATE = Integer.getInteger("floor.rate", 10);
  private static final Duration STEADY =
      Duration.parse(System.getProperty("floor.steady", "PT60S"));
  private static final int BURST = Integer.getInteger("floor.burst", 1500);
  private static final List<String> FLAGS = flags(System.getProperty("floor.flags", ""));
  private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
  // A flame graph of each measured burst: the run's CPU figures then include the profiler's.
  private static final boolean PROFILE = !System.getProperty("floor.profile", "").isBlank();
  // What the heap holds after the burst (a full collection first, so only what is reachable).
  private static final boolean HEAP = !System.getProperty("floor.heap", "").isBlank();
  // Texts the bot answers whatever the state (free text outside a flow gets no reply).
  private static final String[] TEXTS = {"/start", "/help", "/my"};

  /** One run's figures. */
  record Figures(
      String kind,
      double toPoll,
      double toReply,
      double peakMb,
      double p50,
      double p90,
      double p99,
      double cpuMsPerUpdate,
      double idleCpuPercent) {}

  private final Path work;
  private final Path jar;
  private final Path template;
  private final List<Long> ids;

  /** The PostgreSQL template database's URL; null on SQLite. */
  private final String templateDatabase;

  private FloorBenchmark(Path work, Path jar, Path template, List<Long> ids) {
    this.work = work;
    this.jar = jar;
    this.template = template;
    this.ids = ids;
    this.templateDatabase = TestDatabase.postgres() ? TestDatabase.create() : null;
  }

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("bench.jar", "target/exemplar-bot.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: mvn -B package -DskipTests first");
    }
    Path work = Files.createTempDirectory("exemplar-floor");
    Path config = work.resolve("config");
    Files.createDirectories(config);
    try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
      for (Path f : files.toList()) {
        Files.copy(f, config.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<Long> ids = BenchRoster.write(config.resolve("roster.yml"), USERS, 1).senderIds();
    FloorBenchmark bench = new FloorBenchmark(work, jar, work.resolve("template"), ids);
    bench.prepareTemplate();
    System.out.printf(
        Locale.ROOT,
        "Floor: %d run(s) each, %d users, %d updates/s for %s, bursts of %d, flags %s, on %s, in %s%n",
        RUNS,
        USERS,
        RATE,
        STEADY,
        BURST,
        FLAGS,
        bench.templateDatabase == null ? "SQLite" : "PostgreSQL",
        work);
    List<Figures> echo = new ArrayList<>();
    List<Figures> bot = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      // Alternating which goes first, so that neither always meets a machine the other warmed.
      for (String kind : i % 2 == 0 ? List.of("echo", "bot") : List.of("bot", "echo")) {
        Figures f = bench.run(kind, i);
        System.out.println(row(f));
        (kind.equals("echo") ? echo : bot).add(f);
      }
    }
    if (bench.templateDatabase != null) {
      TestDatabase.drop(bench.templateDatabase);
    }
    String report = report(echo, bot);
    System.out.println(report);
    Path out = Path.of("target", "benchmarks", "floor.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.exit(0);
  }

  /**
   * The bot's data folder with its schema and every user registered, made once by a start that is
   * not measured and copied for each run, as a department's database is there before a restart.
   */
  private void prepareTemplate() throws Exception {
    try (BotApiEmulator emulator = BotApiEmulator.start(TOKEN)) {
      Process p = start("bot", emulator, template, templateDatabase, work.resolve("template.log"));
      await(() -> emulator.longPollsWaiting() > 0, Duration.ofMinutes(2), "the bot polls", p);
      p.destroy();
      p.waitFor(60, TimeUnit.SECONDS);
    }
    long now = System.currentTimeMillis();
    String url =
        templateDatabase != null
            ? templateDatabase
            : "jdbc:sqlite:" + template.resolve("exemplar.db");
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement account =
            c.prepareStatement(
                "INSERT INTO account (person_id, telegram_id, chat_id, language, bound_by,"
                    + " bound_at, registered_at) VALUES (?, ?, ?, 'vi', 'roster-id', ?, ?)")) {
      for (int i = 0; i < ids.size(); i++) {
        account.setString(1, String.format(Locale.ROOT, "bench-sender-%03d", i + 1));
        account.setLong(2, ids.get(i));
        account.setLong(3, ids.get(i));
        account.setLong(4, now);
        account.setLong(5, now);
        account.addBatch();
      }
      account.executeBatch();
    }
  }

  private Figures run(String kind, int round) throws Exception {
    Path data = work.resolve(kind + "-" + round);
    String database = null;
    if (kind.equals("bot")) {
      copy(template, data);
      if (templateDatabase != null) {
        database = copyDatabase("floor_" + ProcessHandle.current().pid() + "_" + round);
      }
    }
    try (BotApiEmulator emulator = BotApiEmulator.start(TOKEN)) {
      List<EmulatedUser> users = new ArrayList<>();
      for (long id : ids) {
        users.add(emulator.user(id, null, "U" + id));
      }
      EmulatedUser first = users.get(0);
      long started = System.nanoTime();
      Process p = start(kind, emulator, data, database, work.resolve(kind + "-" + round + ".log"));
      first.send("/start");
      await(
          () -> firstAt(emulator, r -> r.method().equals("getUpdates")) > 0,
          Duration.ofMinutes(2),
          "a getUpdates",
          p);
      double toPoll = (firstAt(emulator, r -> r.method().equals("getUpdates")) - started) / 1e9;
      await(
          () -> replyAfter(emulator, first, started) > 0,
          Duration.ofMinutes(2),
          "a reply to /start",
          p);
      double toReply = (replyAfter(emulator, first, started) - started) / 1e9;

      // Warm-up: a burst not counted, every update answered before going on.
      Map<Long, Long> buttons = new HashMap<>();
      for (EmulatedUser u : users) {
        u.send("/start");
      }
      await(
          () -> users.stream().allMatch(u -> lastBotMessage(u) > 0),
          Duration.ofMinutes(5),
          "replies to the warm-up",
          p);
      for (EmulatedUser u : users) {
        buttons.put(u.id(), lastBotMessage(u));
      }
      burst(emulator, users, buttons, BURST, p);

      // Steady: RATE updates a second, each from a user who sent nothing for USERS / RATE s.
      LatencySamples latency = new LatencySamples();
      int count = (int) (STEADY.toSeconds() * RATE);
      long gap = TimeUnit.SECONDS.toNanos(1) / RATE;
      long at = System.nanoTime();
      List<Sent> sent = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        EmulatedUser u = users.get(i % users.size());
        long before = System.nanoTime();
        if (i % 3 == 2) {
          u.press(buttons.get(u.id()), "floor:" + i);
          sent.add(new Sent(u.chatId(), before, u.lastCallbackQueryId()));
        } else {
          u.send(TEXTS[i % TEXTS.length]);
          sent.add(new Sent(u.chatId(), before, null));
        }
        at += gap;
        long wait = at - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
      await(
          () -> Arrays.stream(answerTimes(emulator, sent)).allMatch(t -> t > 0),
          Duration.ofMinutes(3),
          "answers to the steady phase",
          p);
      long[] answered = answerTimes(emulator, sent);
      for (int i = 0; i < sent.size(); i++) {
        latency.add(answered[i] - sent.get(i).at());
      }

      // Idle, then the measured burst.
      long idleTicks = cpuTicks(p);
      long idleFrom = System.nanoTime();
      TimeUnit.SECONDS.sleep(10);
      double idleRate =
          (cpuTicks(p) - idleTicks)
              / (double) TICKS_PER_SECOND
              / ((System.nanoTime() - idleFrom) / 1e9);
      long ticks = cpuTicks(p);
      long from = System.nanoTime();
      if (PROFILE) {
        profiler(p, "start,event=cpu,interval=1000000");
      }
      burst(emulator, users, buttons, BURST, p);
      double window = (System.nanoTime() - from) / 1e9;
      if (PROFILE) {
        Path flame = Path.of("target", "benchmarks", "flame-" + kind + "-" + round + ".html");
        Files.createDirectories(flame.getParent());
        profiler(p, "stop,file=" + flame.toAbsolutePath() + ",title=" + kind + "-burst");
        System.out.println("Flame graph of the burst: " + flame);
      }
      double cpu = (cpuTicks(p) - ticks) / (double) TICKS_PER_SECOND - idleRate * window;
      double peak = peakMb(p);
      if (HEAP) {
        Path histogram = Path.of("target", "benchmarks", "heap-" + kind + "-" + round + ".txt");
        Files.createDirectories(histogram.getParent());
        Files.writeString(histogram, jcmd(p, "GC.class_histogram"));
        System.out.println("Live heap after the burst: " + histogram);
      }
      p.destroy();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      if (database != null) {
        TestDatabase.drop(database);
      }
      return new Figures(
          kind,
          toPoll,
          toReply,
          peak,
          latency.percentileMs(50),
          latency.percentileMs(90),
          latency.percentileMs(99),
          cpu * 1000 / BURST,
          idleRate * 100);
    }
  }

  /**
   * {@code n} updates as fast as they can be injected, two texts to a press; until every one is
   * taken (a {@code getUpdates} confirms past the last), every press answered and nothing but polls
   * for 2 s. Not one reply per text: the bot coalesces a flood's identical replies in a chat
   * ({@code messaging.Reply}), which is part of its cost, not a reply lost.
   */
  private void burst(
      BotApiEmulator emulator, List<EmulatedUser> users, Map<Long, Long> buttons, int n, Process p)
      throws InterruptedException {
    long last = 0;
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EmulatedUser u = users.get(i % users.size());
      if (i % 3 == 2) {
        last = u.press(buttons.get(u.id()), "floor:b" + i);
        queries.add(u.lastCallbackQueryId());
      } else {
        last = u.send(TEXTS[i % TEXTS.length]);
      }
    }
    long lastId = last;
    await(
        () -> {
          List<RecordedRequest> requests = emulator.requests();
          return confirmedPast(requests, lastId)
              && answered(emulator, queries)
              && quietFor(requests, Duration.ofSeconds(2));
        },
        Duration.ofMinutes(10),
        n + " updates of a burst taken and answered",
        p);
  }

  /**
   * A {@code getUpdates} asked from an offset past {@code updateId}: it and all before it taken.
   */
  private static boolean confirmedPast(List<RecordedRequest> requests, long updateId) {
    return requests.stream()
        .filter(r -> r.method().equals("getUpdates") && r.params().get("offset") != null)
        .anyMatch(r -> Long.parseLong(String.valueOf(r.params().get("offset"))) > updateId);
  }

  private static boolean answered(BotApiEmulator emulator, List<String> queries) {
    Set<String> answered = new HashSet<>();
    emulator.callbackAnswers().forEach(a -> answered.add(a.callbackQueryId()));
    return answered.containsAll(queries);
  }

  /** Nothing but polls reached the emulator for this long. */
  private static boolean quietFor(List<RecordedRequest> requests, Duration quiet) {
    long last =
        requests.stream()
            .filter(r -> !r.method().equals("getUpdates"))
            .mapToLong(RecordedRequest::receivedNanos)
            .max()
            .orElse(0);
    return System.nanoTime() - last > quiet.toNanos();
  }

  /** An update of the steady phase: its chat, when it was sent, and a press's query id. */
  private record Sent(long chat, long at, String queryId) {}

  /**
   * When the first reply to each update reached the emulator: the answer to its query for a press,
   * the first message to the user's chat after it for a text (each user sends one at a time, far
   * apart, so the first after it is its own); 0 while none. One look at what the emulator recorded
   * for all of them, so that waiting costs the machine little while the bot is measured.
   */
  private static long[] answerTimes(BotApiEmulator emulator, List<Sent> sent) {
    Map<String, Long> answers = new HashMap<>();
    for (CallbackAnswer a : emulator.callbackAnswers()) {
      answers.putIfAbsent(a.callbackQueryId(), a.answeredNanos());
    }
    Map<String, List<Long>> messages = new HashMap<>();
    for (RecordedRequest r : emulator.requests()) {
      if (r.method().equals("sendMessage") && r.status() == 200) {
        messages
            .computeIfAbsent(String.valueOf(r.params().get("chat_id")), c -> new ArrayList<>())
            .add(r.receivedNanos());
      }
    }
    long[] at = new long[sent.size()];
    for (int i = 0; i < at.length; i++) {
      Sent s = sent.get(i);
      if (s.queryId() != null) {
        at[i] = answers.getOrDefault(s.queryId(), 0L);
      } else {
        at[i] =
            messages.getOrDefault(String.valueOf(s.chat()), List.of()).stream()
                .filter(t -> t > s.at())
                .findFirst()
                .orElse(0L);
      }
    }
    return at;
  }

  private static long replyAfter(BotApiEmulator emulator, EmulatedUser user, long since) {
    return emulator.requests().stream()
        .filter(r -> r.receivedNanos() > since && r.method().equals("sendMessage"))
        .filter(
            r -> String.valueOf(r.params().get("chat_id")).equals(String.valueOf(user.chatId())))
        .mapToLong(RecordedRequest::receivedNanos)
        .findFirst()
        .orElse(0);
  }

  private static long firstAt(BotApiEmulator emulator, Predicate<RecordedRequest> which) {
    return emulator.requests().stream()
        .filter(which)
        .mapToLong(RecordedRequest::receivedNanos)
        .findFirst()
        .orElse(0);
  }

  private static long lastBotMessage(EmulatedUser u) {
    return u.chat().stream()
        .filter(ChatMessage::fromBot)
        .mapToLong(ChatMessage::messageId)
        .max()
        .orElse(0);
  }

  /** A new database on the server, a copy of the template's: its URL. */
  private String copyDatabase(String name) throws java.sql.SQLException {
    String admin = TestDatabase.server().orElseThrow();
    try (Connection c = DriverManager.getConnection(admin);
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute(
          "CREATE DATABASE " + name + " TEMPLATE " + TestDatabase.databaseOf(templateDatabase));
    }
    return TestDatabase.withDatabase(admin, name);
  }

  private Process start(String kind, BotApiEmulator emulator, Path data, String database, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(FLAGS);
    if (kind.equals("echo")) {
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(EchoBot.class.getName());
      command.add(emulator.baseUrl());
      command.add(TOKEN);
    } else {
      command.add("-jar");
      command.add(jar.toString());
      command.add("--telegram.api-url=" + emulator.baseUrl());
      command.add("--exemplar.config-dir=" + work.resolve("config"));
      command.add("--exemplar.data-dir=" + data);
      command.add("--server.port=0");
      command.add("--management.server.port=0");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    for (String inherited :
        List.of(
            "EXEMPLAR_CONFIG_DIR",
            "EXEMPLAR_DATA_DIR",
            "EXEMPLAR_DATABASE_URL",
            "EXEMPLAR_SANDBOX",
            "INVOCATION_ID",
            "SERVER_PORT",
            "MANAGEMENT_SERVER_PORT")) {
      builder.environment().remove(inherited);
    }
    builder.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
    if (database != null) {
      builder.environment().put("EXEMPLAR_DATABASE_URL", database);
    }
    Process p = builder.start();
    // Not left behind if this benchmark fails: a bot polling a gone emulator would load the next.
    Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
    return p;
  }

  /**
   * A command to async-profiler in the measured process, loading its library there the first time
   * ({@code jcmd … JVMTI.agent_load}, as its own launcher does): CPU samples every millisecond of
   * the burst, then the flame graph as HTML.
   */
  private void profiler(Process p, String command) throws IOException, InterruptedException {
    Path library = work.resolve("libasyncProfiler.so");
    if (!Files.exists(library)) {
      try (var in = FloorBenchmark.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
        if (in == null) {
          throw new IllegalStateException("async-profiler is not on the classpath (-Pbenchmark)");
        }
        Files.copy(in, library);
      }
    }
    String said =
        jcmd(
            p,
            "JVMTI.agent_load",
            library.toString(),
            // Quoted: jcmd would take "event=cpu" for an option of its own.
            '"' + command + '"');
    if (!said.contains("return code: 0")) {
      throw new IllegalStateException("the profiler refused " + command + ": " + said);
    }
  }

  /** What {@code jcmd} says to a diagnostic command in the measured process. */
  private static String jcmd(Process p, String... command)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(String.valueOf(p.pid()));
    line.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
    String said = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + said);
    }
    return said;
  }

  /** {@code utime + stime} of the process, in clock ticks, from {@code /proc/<pid>/stat}. */
  private static long cpuTicks(Process p) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /**
   * The JVM flags both bots get: those given, space-separated, or else those the bot is deployed
   * with, read from the systemd unit's {@code ExecStart} (between {@code java} and {@code -jar}),
   * so that the benchmark measures what a server runs and the flags are written in one place.
   */
  public static List<String> flags(String given) {
    if (!given.isBlank()) {
      return List.of(given.trim().split("\\s+"));
    }
    Path unit = Path.of("deploy", "exemplar-bot.service");
    try {
      for (String line : Files.readAllLines(unit, StandardCharsets.UTF_8)) {
        if (line.startsWith("ExecStart=")) {
          List<String> words = List.of(line.substring("ExecStart=".length()).trim().split("\\s+"));
          return words.subList(1, words.indexOf("-jar"));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + unit + ": give -Dfloor.flags", e);
    }
    throw new IllegalStateException("no ExecStart= in " + unit + ": give -Dfloor.flags");
  }

  /** {@code VmHWM}: the process's peak resident memory, in MB. */
  private static double peakMb(Process p) throws IOException {
    for (String line :
        Files.readAllLines(
            Path.of("/proc", String.valueOf(p.pid()), "status"), StandardCharsets.UTF_8)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void await(Condition c, Duration limit, String what, Process p)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        if (c.holds()) {
          return;
        }
      } catch (Exception e) {
        // Not yet readable: try again.
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("the process ended before " + what);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no " + what + " within " + limit);
      }
      Thread.sleep(250);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else if (!f.getFileName().toString().equals(".lock")) {
          Files.copy(f, target);
        }
      }
    }
  }

  private static String row(Figures f) {
    return String.format(
        Locale.ROOT,
        "| %s | %.2f | %.2f | %.0f | %.1f | %.1f | %.1f | %.2f | %.1f |",
        f.kind(),
        f.toPoll(),
        f.toReply(),
        f.peakMb(),
        f.p50(),
        f.p90(),
        f.p99(),
        f.cpuMsPerUpdate(),
        f.idleCpuPercent());
  }

  private static String report(List<Figures> echo, List<Figures> bot) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%n%d alternating runs each; %d users; %d updates/s for %s; bursts of %d; flags %s;"
                + " MALLOC_ARENA_MAX %s%n%n",
            echo.size(),
            USERS,
            RATE,
            STEADY,
            BURST,
            String.join(" ", FLAGS),
            System.getenv().getOrDefault("MALLOC_ARENA_MAX", "unset")));
    out.append(
        "| | start to getUpdates (s) | start to /start reply (s) | peak RSS (MB) | reply p50 (ms)"
            + " | p90 | p99 | CPU per update in a burst (ms) | idle CPU (%) |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    echo.forEach(f -> out.append(row(f)).append('\n'));
    bot.forEach(f -> out.append(row(f)).append('\n'));
    Figures e = median("echo (median)", echo);
    Figures b = median("bot (median)", bot);
    out.append(row(e)).append('\n').append(row(b)).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "| bot ÷ echo | %.1f× | %.1f× | %.1f× | %.1f× | %.1f× | %.1f× | %.1f× | |%n",
            b.toPoll() / e.toPoll(),
            b.toReply() / e.toReply(),
            b.peakMb() / e.peakMb(),
            b.p50() / e.p50(),
            b.p90() / e.p90(),
            b.p99() / e.p99(),
            b.cpuMsPerUpdate() / e.cpuMsPerUpdate()));
    out.append(Environment.describe()).append('\n');
    return out.toString();
  }

  private static Figures median(String name, List<Figures> all) {
    return new Figures(
        name,
        median(all.stream().mapToDouble(Figures::toPoll).toArray()),
        median(all.stream().mapToDouble(Figures::toReply).toArray()),
        median(all.stream().mapToDouble(Figures::peakMb).toArray()),
        median(all.stream().mapToDouble(Figures::p50).toArray()),
        median(all.stream().mapToDouble(Figures::p90).toArray()),
        median(all.stream().mapToDouble(Figures::p99).toArray()),
        median(all.stream().mapToDouble(Figures::cpuMsPerUpdate).toArray()),
        median(all.stream().mapToDouble(Figures::idleCpuPercent).toArray()));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
