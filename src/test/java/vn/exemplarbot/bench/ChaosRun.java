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
import vn.exemplarbot.e2e.TestDatabase;
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
 * broken. With {@code EXEMPLAR_TEST_DATABASE_URL} set it runs on a fresh PostgreSQL database with
 * {@code -Dchaos.instances} bots (default 2) sharing it: each kill takes the active one (the
 * lease's holder), the other takes over, and the killed one comes back as the standby. Not a test:
 * run it as docs/benchmarks.md says ({@code -Dbench.main=vn.exemplarbot.bench.ChaosRun}).
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

  /** The ballot key the bots share on PostgreSQL (a test key: 32 bytes, base64). */
  static final String BALLOT_KEY = "Y2hhb3MtY2hhb3MtY2hhb3MtY2hhb3MtY2hhb3MtISE=";

  final long seed;
  final Random random;
  final Path work;
  final BotApiEmulator emulator;

  /** The PostgreSQL database the bots share; null on SQLite. */
  final String databaseUrl;

  final List<ChaosBot> bots = new ArrayList<>();
  final List<Long> takeovers = Collections.synchronizedList(new ArrayList<>());
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
    this(seed, work, Map.of());
  }

  /** With {@code environment} given to every bot besides (the lease's timing, in the tests). */
  ChaosRun(long seed, Path work, Map<String, String> extra) throws IOException {
    this.seed = seed;
    this.random = new Random(seed);
    this.work = work;
    this.emulator = BotApiEmulator.start(TOKEN);
    this.databaseUrl = TestDatabase.postgres() ? TestDatabase.create() : null;
    int instances = Integer.getInteger("chaos.instances", databaseUrl == null ? 1 : 2);
    if (databaseUrl == null && instances != 1) {
      throw new IllegalArgumentException(
          "two instances need PostgreSQL (EXEMPLAR_TEST_DATABASE_URL)");
    }
    String classPath = ChaosBot.classPath(work);
    for (int i = 0; i < instances; i++) {
      String name = "chaos-" + i;
      Map<String, String> environment = new HashMap<>(extra);
      if (databaseUrl != null) {
        environment.put("EXEMPLAR_DATABASE_URL", databaseUrl);
        environment.put("EXEMPLAR_BALLOT_KEY", BALLOT_KEY);
        environment.put("EXEMPLAR_INSTANCE_NAME", name);
      }
      Path data = work.resolve(i == 0 ? "data" : "data-" + i);
      bots.add(new ChaosBot(name, arguments(work, data, emulator), environment, work, classPath));
    }
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
      for (ChaosBot b : run.bots) {
        if (b.alive()) {
          b.kill();
        }
      }
    }
    if (run.databaseUrl != null && run.problems.isEmpty()) {
      TestDatabase.drop(run.databaseUrl);
    }
    System.out.println(report);
    Path out = Path.of("target", "benchmarks", "chaos.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.exit(run.problems.isEmpty() ? 0 : 1);
  }

  static List<String> arguments(Path work, Path data, BotApiEmulator emulator) {
    return List.of(
        "--telegram.bot-token=" + TOKEN,
        "--telegram.api-url=" + emulator.baseUrl(),
        "--telegram.poll-timeout=2s",
        "--exemplar.config-dir=" + work.resolve("config"),
        "--exemplar.data-dir=" + data,
        "--exemplar.tick-seconds=1",
        "--exemplar.test.outbox-id-header=true",
        "--server.port=0",
        "--logging.level.root=WARN",
        "--logging.level.vn.exemplarbot=INFO");
  }

  String run() throws Exception {
    ChaosWorld world = ChaosWorld.prepare(work, FANOUT, NOMINATORS, MEMBERS);
    LocalDateTime moment = world.settingsWithAMomentIn(Duration.ofMinutes(3));
    ChaosBot first = bots.get(0);
    first.start();
    awaitPolling();
    first.stop();
    try (Connection c = connection()) {
      world.registerAndAppraise(c, NOMINATIONS);
    }
    world.users(emulator);
    bots.forEach(ChaosBot::start);
    awaitPolling();
    say(
        "started %d instance(s) on %s; the fan-out moment is at %s",
        bots.size(), databaseUrl == null ? "SQLite" : "PostgreSQL", moment);

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
    for (ChaosBot b : bots) {
      int exit = b.stop();
      if (exit != 0 && exit != 143) {
        problems.add(b.name() + " did not stop cleanly on SIGTERM (exit " + exit + ")");
      }
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
   * the bot's busy timeout (10 s), so the bot's writes fail with SQLITE_BUSY until it ends. On
   * PostgreSQL, a session holding the inbox and the outbox locked against writes as long.
   */
  private void holdWriteLock(Duration held) {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      if (databaseUrl == null) {
        s.execute("BEGIN IMMEDIATE");
      } else {
        c.setAutoCommit(false);
        s.execute("LOCK TABLE inbox, outbox IN EXCLUSIVE MODE");
      }
      storageLocks.incrementAndGet();
      Thread.sleep(held.toMillis());
      if (databaseUrl == null) {
        s.execute("ROLLBACK");
      } else {
        c.rollback();
      }
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
      killActive().start();
    }
  }

  /**
   * {@code kill -9} of the active bot, logged with what was in flight; with two, until the other
   * took over. The killed bot, to start again.
   */
  ChaosBot killActive() throws InterruptedException {
    String inFlight = inFlight();
    ChaosBot active = active();
    long epoch = epoch();
    long pid = active.kill();
    long killed = System.nanoTime();
    kills.add(killed);
    say("kill -9 %d, %s (%d); in flight: %s", pid, active.name(), kills.size(), inFlight);
    if (bots.size() > 1) {
      awaitTakeover(epoch, killed);
    }
    return active;
  }

  /** The bot holding the lease (on SQLite, the only one); the first when none holds it yet. */
  ChaosBot active() {
    if (bots.size() == 1) {
      return bots.get(0);
    }
    String holder = text("SELECT holder FROM lease");
    return bots.stream().filter(b -> b.name().equals(holder)).findFirst().orElse(bots.get(0));
  }

  long epoch() {
    return bots.size() == 1 ? 0 : count("SELECT epoch FROM lease");
  }

  /**
   * When the lease's holder took it, on this JVM's clock: the database's clock says how long ago
   * (the lease is timed there), so the moment is not late by the time it took to notice.
   */
  long takenAt() {
    long now = System.nanoTime();
    int agoMs =
        count(
            "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint - acquired_at FROM lease");
    return now - TimeUnit.MILLISECONDS.toNanos(Math.max(0, agoMs));
  }

  /** Until another instance holds the lease with a later epoch; the time it took, noted. */
  private void awaitTakeover(long epoch, long killed) throws InterruptedException {
    long deadline = killed + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      if (epoch() > epoch) {
        long took = takenAt() - killed;
        takeovers.add(took);
        say(
            "%s took over (epoch %d) after %.1f s",
            text("SELECT holder FROM lease"), epoch(), took / 1e9);
        return;
      }
      Thread.sleep(100);
    }
    problems.add("no instance took over within a minute of kill " + kills.size());
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
  void settle() throws InterruptedException {
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

  void awaitPolling() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (emulator.longPollsWaiting() == 0) {
      for (ChaosBot b : bots) {
        if (b.starts() > 0 && !b.alive()) {
          throw new IllegalStateException(b.name() + " stopped at start; see " + b.log());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no bot started polling; see " + work);
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

  /** A text from the live database, read on a connection of its own; null when unreadable. */
  String text(String sql) {
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  Connection connection() throws SQLException {
    if (databaseUrl != null) {
      return DriverManager.getConnection(databaseUrl);
    }
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
            "%n| seed | length | instances | kills | starts | takeover (min–max) | updates | requests"
                + " | faults injected | nominations sent | votes | result |%n"
                + "|---:|---|---:|---:|---:|---|---:|---:|---|---:|---:|---|%n"
                + "| %d | %s | %d | %d | %d | %s | %d | %d | %s | %d | %d | %s |%n",
            seed,
            LENGTH,
            bots.size(),
            kills.size(),
            bots.stream().mapToInt(ChaosBot::starts).sum(),
            takeoverRange(),
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

  private String takeoverRange() {
    if (takeovers.isEmpty()) {
      return "–";
    }
    List<Long> sorted = new ArrayList<>(takeovers);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%.1f–%.1f s (median %.1f, %d)",
        sorted.get(0) / 1e9,
        sorted.get(sorted.size() - 1) / 1e9,
        sorted.get(sorted.size() / 2) / 1e9,
        sorted.size());
  }

  static String stamp(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.MINUTES)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT));
  }

  static LocalDateTime localNow() {
    return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }
}
