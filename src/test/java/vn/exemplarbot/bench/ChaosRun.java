package vn.exemplarbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.sandbox.FaultPlan;
import vn.exemplarbot.sandbox.FaultPlan.Fault;
import vn.exemplarbot.sandbox.RecordedRequest;

/**
 * The chaos run (issue 12): the bot as a separate process, the emulator here; for {@code
 * -Dchaos.duration} (default {@code PT10M}) a mixed load (staff nominating with files, a 50-member
 * council voting on 20 nominations, a reminder to {@code -Dchaos.fanout} division heads (default
 * 2,000), {@code /status} and {@code /report}) while faults are injected at random and the bot is
 * killed with {@code kill -9} at least {@code -Dchaos.kills} times (default 10) and started again.
 * Prints and accepts a seed ({@code -Dchaos.seed}); logs each kill with what was in flight; then
 * checks the promises from the database and the emulator's records and exits 1 naming each one
 * broken. Not a test: run it as docs/benchmarks.md says ({@code
 * -Dbench.main=vn.exemplarbot.bench.ChaosRun}).
 */
public final class ChaosRun {

  static final String TOKEN = "123456:CHAOS-chaos-chaos-chaos";
  static final Duration LENGTH = Duration.parse(System.getProperty("chaos.duration", "PT10M"));
  static final int KILLS = Integer.getInteger("chaos.kills", 10);
  static final int FANOUT = Integer.getInteger("chaos.fanout", 2_000);
  static final int NOMINATORS = Integer.getInteger("chaos.nominators", 8);
  static final int MEMBERS = 50;
  static final int NOMINATIONS = 20;
  static final long LAN = 100_004;
  static final long FIRST_MEMBER = 910_001;
  static final Duration PATIENCE = Duration.ofMinutes(4);

  final long seed;
  final Random random;
  final Path work;
  final BotApiEmulator emulator;
  final ChaosBot bot;
  final long started = System.nanoTime();
  final Set<Long> updates = ConcurrentHashMap.newKeySet();
  final List<Long> kills = Collections.synchronizedList(new ArrayList<>());
  final Map<String, AtomicInteger> expectedVotes = new ConcurrentHashMap<>();
  final AtomicInteger nominationsSent = new AtomicInteger();
  final AtomicInteger storageLocks = new AtomicInteger();
  final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  final List<String> notes = Collections.synchronizedList(new ArrayList<>());
  volatile boolean loadRunning = true;

  ChaosRun(long seed, Path work) throws IOException {
    this.seed = seed;
    this.random = new Random(seed);
    this.work = work;
    this.emulator = BotApiEmulator.start(TOKEN);
    this.bot = new ChaosBot(arguments(work, emulator), work);
  }

  public static void main(String[] args) throws Exception {
    long given = Long.getLong("chaos.seed", 0);
    long seed = given != 0 ? given : new SecureRandom().nextLong();
    Path work = Files.createTempDirectory("exemplar-chaos");
    System.out.printf(
        Locale.ROOT,
        "Chaos run: seed %d, %s, %d kills at least, fan-out %d, in %s%n",
        seed,
        LENGTH,
        KILLS,
        FANOUT,
        work);
    ChaosRun run = new ChaosRun(seed, work);
    String report;
    try {
      report = run.run();
    } finally {
      run.emulator.close();
    }
    System.out.println(report);
    Path out = Path.of("target", "benchmarks", "chaos.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.exit(run.problems.isEmpty() ? 0 : 1);
  }

  static List<String> arguments(Path work, BotApiEmulator emulator) {
    return List.of(
        "--telegram.bot-token=" + TOKEN,
        "--telegram.api-url=" + emulator.baseUrl(),
        "--telegram.poll-timeout=2s",
        "--exemplar.config-dir=" + work.resolve("config"),
        "--exemplar.data-dir=" + work.resolve("data"),
        "--exemplar.tick-seconds=1",
        "--exemplar.test.outbox-id-header=true",
        "--server.port=0",
        "--logging.level.root=WARN",
        "--logging.level.vn.exemplarbot=INFO");
  }

  String run() throws Exception {
    ChaosWorld world = ChaosWorld.prepare(work, FANOUT, NOMINATORS, MEMBERS);
    LocalDateTime moment = world.settingsWithAMomentIn(Duration.ofMinutes(3));
    bot.start();
    awaitPolling();
    bot.stop();
    world.registerAndAppraise(work.resolve("data/exemplar.db"), NOMINATIONS);
    world.users(emulator);
    bot.start();
    awaitPolling();
    say("started; the fan-out moment is at %s", moment);

    ExecutorService load = Executors.newCachedThreadPool();
    load.submit(guard("faults", this::faults));
    load.submit(guard("kills", this::kills));
    load.submit(guard("ballot", () -> new ChaosBallot(this, world).run()));
    for (int i = 0; i < NOMINATORS; i++) {
      int n = i;
      load.submit(guard("nominator " + n, () -> new ChaosNominator(this, world, n).run()));
    }
    load.submit(guard("secretary", () -> new ChaosSecretary(this).run()));
    sleepUntil(LENGTH);
    loadRunning = false;
    emulator.faults(FaultPlan.none());
    load.shutdown();
    if (!load.awaitTermination(PATIENCE.toMinutes() + 2, TimeUnit.MINUTES)) {
      problems.add("the load did not finish within its patience after the run");
      load.shutdownNow();
    }
    say("load done; settling");
    settle();
    new ChaosSecretary(this).audit();
    int exit = bot.stop();
    if (exit != 0 && exit != 143) {
      problems.add("the bot did not stop cleanly on SIGTERM (exit " + exit + ")");
    }
    new ChaosChecks(this, world).all();
    return report(world);
  }

  /** Faults on and off at random: a plan of a few kinds at a random rate, or none, each 20–40 s. */
  void faults() throws InterruptedException {
    Fault[] kinds = {
      Fault.TOO_MANY_REQUESTS,
      Fault.SERVER_ERROR,
      Fault.SLOW,
      Fault.DROP_BEFORE,
      Fault.DROP_AFTER,
      Fault.BAD_GATEWAY_HTML,
      Fault.EMPTY_OK,
      Fault.UNMAPPABLE_OK,
      Fault.GATEWAY_TIMEOUT_HTML,
      Fault.TRUNCATED_JSON,
      Fault.OK_WITHOUT_ID
    };
    Random dice = new Random(seed ^ 0x5eed);
    while (loadRunning) {
      int roll = dice.nextInt(12);
      if (roll == 0) {
        Duration out = Duration.ofSeconds(5 + dice.nextInt(11));
        say("Telegram out of reach for %s", out);
        emulator.unreachableFor(out);
      } else if (roll == 1) {
        FaultPlan.Conflict kind =
            dice.nextBoolean() ? FaultPlan.Conflict.OTHER_POLLER : FaultPlan.Conflict.WEBHOOK;
        Duration conflict = Duration.ofSeconds(5 + dice.nextInt(6));
        say("409 Conflict (%s) on getUpdates for %s", kind, conflict);
        emulator.conflictFor(kind, conflict);
      } else if (roll == 2) {
        Duration held = Duration.ofSeconds(11 + dice.nextInt(6));
        say("an outside process holds the database's write lock for %s", held);
        Thread locker = new Thread(() -> holdWriteLock(held), "chaos-lock");
        locker.setDaemon(true);
        locker.start();
      }
      if (roll < 4) {
        emulator.faults(FaultPlan.none());
      } else {
        EnumSet<Fault> chosen = EnumSet.noneOf(Fault.class);
        for (int i = 0; i < 1 + dice.nextInt(3); i++) {
          chosen.add(kinds[dice.nextInt(kinds.length)]);
        }
        emulator.faults(
            FaultPlan.builder()
                .rate(0.05 + dice.nextDouble() * 0.2)
                .faults(chosen.toArray(Fault[]::new))
                .slowDelay(Duration.ofSeconds(15))
                .seed(dice.nextLong())
                .build());
      }
      Thread.sleep(20_000 + dice.nextInt(20_000));
    }
  }

  /**
   * What an operator's {@code sqlite3} shell or a backup tool does: a write transaction held past
   * the bot's busy timeout (10 s), so the bot's writes fail with SQLITE_BUSY until it ends.
   */
  private void holdWriteLock(Duration held) {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      storageLocks.incrementAndGet();
      Thread.sleep(held.toMillis());
      s.execute("ROLLBACK");
    } catch (SQLException e) {
      say("the outside lock could not be taken: %s", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** At least {@link #KILLS} kills at random moments between the first and the last minute. */
  void kills() throws Exception {
    Random dice = new Random(seed ^ 0xdead);
    long window = LENGTH.toMillis() - 120_000;
    List<Long> at = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      at.add(60_000 + (long) (dice.nextDouble() * window));
    }
    Collections.sort(at);
    for (long ms : at) {
      sleepUntil(Duration.ofMillis(ms));
      if (!loadRunning) {
        return;
      }
      String inFlight = inFlight();
      long pid = bot.kill();
      kills.add(System.nanoTime());
      say("kill -9 %d (%d of %d); in flight: %s", pid, kills.size(), KILLS, inFlight);
      bot.start();
    }
  }

  /** What the emulator was answering in the last second, and the outbox rows still pending. */
  private String inFlight() {
    long since = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
    Map<String, Integer> calls = new HashMap<>();
    emulator.requests().stream()
        .filter(r -> r.receivedNanos() > since && !r.method().equals("getUpdates"))
        .forEach(r -> calls.merge(r.method(), 1, Integer::sum));
    return calls
        + ", outbox pending "
        + count("SELECT count(*) FROM outbox WHERE status = 'pending'")
        + ", updates unhandled "
        + count("SELECT count(*) FROM inbox WHERE handled_at IS NULL");
  }

  /** Until nothing is pending or unhandled and the emulator heard nothing new for 15 s. */
  private void settle() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    int lastSeen = -1;
    long quietSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      int seen =
          (int) emulator.requests().stream().filter(r -> !r.method().equals("getUpdates")).count();
      if (seen != lastSeen) {
        lastSeen = seen;
        quietSince = System.nanoTime();
      }
      boolean empty =
          count("SELECT count(*) FROM outbox WHERE status = 'pending'") == 0
              && count("SELECT count(*) FROM inbox WHERE handled_at IS NULL") == 0;
      if (empty && System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(15)) {
        return;
      }
      Thread.sleep(1_000);
    }
    problems.add(
        "not settled within 8 minutes after the load: outbox pending "
            + count("SELECT count(*) FROM outbox WHERE status = 'pending'")
            + ", updates unhandled "
            + count("SELECT count(*) FROM inbox WHERE handled_at IS NULL"));
  }

  private void awaitPolling() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (emulator.longPollsWaiting() == 0) {
      if (!bot.alive()) {
        throw new IllegalStateException("the bot stopped at start; see " + bot.log());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the bot did not start polling; see " + bot.log());
      }
      Thread.sleep(200);
    }
  }

  /** A value from the live database, read on a connection of its own; -1 when unreadable. */
  int count(String sql) {
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : -1;
    } catch (SQLException e) {
      return -1;
    }
  }

  Connection connection() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("data/exemplar.db"));
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
    }
    return c;
  }

  /** Sends a text as this user, counting its update. */
  long send(EmulatedUser user, String text) {
    long id = user.send(text);
    updates.add(id);
    return id;
  }

  long press(EmulatedUser user, long messageId, String data) {
    long id = user.press(messageId, data);
    updates.add(id);
    return id;
  }

  long sendDocument(EmulatedUser user, String name, String mime, byte[] bytes) {
    long id = user.sendDocument(name, mime, bytes);
    updates.add(id);
    return id;
  }

  Runnable guard(String name, Chore chore) {
    return () -> {
      try {
        chore.run();
      } catch (Exception | AssertionError e) {
        problems.add(name + ": " + e);
      }
    };
  }

  interface Chore {
    void run() throws Exception;
  }

  void sleepUntil(Duration sinceStart) throws InterruptedException {
    long wait = started + sinceStart.toNanos() - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  void say(String format, Object... args) {
    String line =
        String.format(
            Locale.ROOT,
            "[%6.1f s] %s",
            (System.nanoTime() - started) / 1e9,
            String.format(Locale.ROOT, format, args));
    System.out.println(line);
    notes.add(line);
  }

  private String report(ChaosWorld world) {
    Map<String, Long> faults = new HashMap<>();
    emulator.requests().stream()
        .filter(r -> r.fault() != null)
        .forEach(r -> faults.merge(r.fault(), 1L, Long::sum));
    if (storageLocks.get() > 0) {
      faults.put("OUTSIDE_DB_LOCK", (long) storageLocks.get());
    }
    List<RecordedRequest> all = emulator.requests();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%n| seed | length | kills | starts | updates | requests | faults injected | nominations"
                + " sent | votes | result |%n|---:|---|---:|---:|---:|---:|---|---:|---:|---|%n"
                + "| %d | %s | %d | %d | %d | %d | %s | %d | %d | %s |%n",
            seed,
            LENGTH,
            kills.size(),
            bot.starts(),
            updates.size(),
            all.size(),
            faults,
            nominationsSent.get(),
            expectedVotes.values().stream().mapToInt(AtomicInteger::get).sum(),
            problems.isEmpty() ? "every promise held" : problems.size() + " broken"));
    problems.forEach(p -> out.append("- BROKEN: ").append(p).append('\n'));
    out.append(Environment.describe()).append('\n');
    return out.toString();
  }

  static String stamp(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.MINUTES)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT));
  }

  static LocalDateTime localNow() {
    return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  static Stream<Long> members() {
    return Stream.iterate(FIRST_MEMBER, id -> id + 1).limit(MEMBERS);
  }
}
