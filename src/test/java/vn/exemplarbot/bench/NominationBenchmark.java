package vn.exemplarbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.exemplarbot.e2e.BotHarness;
import vn.exemplarbot.telegram.internal.UpdateTimings;

/**
 * Many staff members filling in a nomination at the same time, each step by the buttons and typed
 * answers a person uses, through the real bot and the Bot API emulator (same JVM, over HTTP). Each
 * sender waits for the bot's reply before the next step, as on a phone, so replies come at
 * Telegram's pace (30 a second overall, one a second per chat). Prints per round: nominations
 * submitted, arrival-to-commit and arrival-to-answer percentiles of every update, the step round
 * trip a person feels, and the JVM's peak heap. Not a test: run it as docs/benchmarks.md says.
 * Settings: {@code -Dbench.users} (50 senders), {@code -Dbench.rounds} (3; the first is a warm-up).
 */
public final class NominationBenchmark {

  private final BotHarness bot;
  private final BenchRoster roster;
  private final UpdateTimings timings;
  private final HeapWatch heap = new HeapWatch();

  private NominationBenchmark(BotHarness bot, BenchRoster roster) {
    this.bot = bot;
    this.roster = roster;
    this.timings = bot.bean(UpdateTimings.class);
  }

  public static void main(String[] args) throws Exception {
    int users = Integer.getInteger("bench.users", 50);
    int rounds = Integer.getInteger("bench.rounds", 3);
    Path work = Files.createTempDirectory("exemplar-bench-nomination");
    List<RoundResult> results = new ArrayList<>();
    try (BotHarness harness = BotHarness.prepare(work)) {
      BenchRoster roster =
          BenchRoster.write(harness.configDir().resolve("roster.yml"), users, rounds);
      harness
          .property("logging.level.root", "WARN")
          .property("telegram.chat-interval", "1s")
          .start();
      NominationBenchmark bench = new NominationBenchmark(harness, roster);
      List<NominationSender> senders = bench.register();
      for (int round = 0; round < rounds; round++) {
        String name = round == 0 ? "round 1 (warm-up, not counted)" : "round " + (round + 1);
        RoundResult result = bench.round(name, senders, round);
        if (round > 0) {
          results.add(result);
        }
      }
      bench.heap.close();
    }
    String table =
        RoundResult.table(results, Environment.describe() + "; " + Environment.contention());
    System.out.println(table);
    Path out = Path.of("target", "benchmarks", "nominations.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.println("Also appended to " + out.toAbsolutePath());
    System.exit(0);
  }

  private List<NominationSender> register() {
    List<NominationSender> senders = new ArrayList<>();
    for (long id : roster.senderIds()) {
      senders.add(new NominationSender(bot, bot.user(id, null, "U" + id)));
    }
    senders.forEach(s -> s.user().send("/start"));
    senders.forEach(s -> bot.awaitText(s.user(), "Xin chào"));
    return senders;
  }

  /** Every sender files one nomination, all at once; the round ends when all are submitted. */
  private RoundResult round(String name, List<NominationSender> senders, int round)
      throws Exception {
    LatencySamples commits = new LatencySamples();
    LatencySamples answers = new LatencySamples();
    LatencySamples steps = new LatencySamples();
    timings.observe(commits::add, answers::add);
    heap.reset();
    long applied = timings.applied();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(senders.size());
    List<Future<Boolean>> filed = new ArrayList<>();
    for (int i = 0; i < senders.size(); i++) {
      BenchRoster.Nominee nominee = roster.nominee(round, i);
      NominationSender sender = senders.get(i);
      filed.add(pool.submit(() -> sender.nominate(nominee, steps)));
    }
    int submitted = 0;
    for (Future<Boolean> f : filed) {
      submitted += f.get(10, TimeUnit.MINUTES) ? 1 : 0;
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    timings.observe(n -> {}, n -> {});
    int updates = (int) (timings.applied() - applied);
    return new RoundResult(name, submitted, updates, seconds, commits, answers, steps, heap);
  }
}
