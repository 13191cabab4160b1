package vn.exemplarbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.exemplarbot.e2e.BotHarness;
import vn.exemplarbot.messaging.internal.OutboxRows;
import vn.exemplarbot.sandbox.CallbackAnswer;
import vn.exemplarbot.sandbox.EmulatedUser;
import vn.exemplarbot.telegram.internal.UpdateTimings;

/**
 * Pushes text and callback updates through the real bot and the Bot API emulator (same JVM, over
 * HTTP) and prints what the update path achieves: applied per second, arrival-to-commit and
 * press-to-answer percentiles, and the JVM's peak heap. Not a test: run it as docs/benchmarks.md
 * says. Settings: {@code -Dbench.updates} (10000), {@code -Dbench.users} (50), {@code -Dbench.rate}
 * (offered updates/s of the paced phase, 500), {@code -Dbench.warmup} (3000).
 */
public final class UpdateBenchmark {

  private static final Pattern TELEGRAM_ID = Pattern.compile("(?m)^\\s+telegram-id:\\s*(\\d+)");

  private final BotHarness bot;
  private final UpdateTimings timings;
  private final HeapWatch heap = new HeapWatch();
  private final List<Sender> senders = new ArrayList<>();

  /** A registered user and a bot message in their chat whose button they press. */
  private record Sender(EmulatedUser user, long botMessageId) {}

  private UpdateBenchmark(BotHarness bot) {
    this.bot = bot;
    this.timings = bot.bean(UpdateTimings.class);
  }

  public static void main(String[] args) throws Exception {
    int updates = Integer.getInteger("bench.updates", 10_000);
    int users = Integer.getInteger("bench.users", 50);
    int rate = Integer.getInteger("bench.rate", 500);
    int warmup = Integer.getInteger("bench.warmup", 3_000);
    Path work = Files.createTempDirectory("exemplar-bench");
    List<PhaseResult> results = new ArrayList<>();
    try (BotHarness harness = BotHarness.prepare(work)) {
      List<Long> ids = rosterWithUsers(harness.configDir().resolve("roster.yml"), users);
      harness
          .property("logging.level.root", "WARN")
          .property("telegram.chat-interval", "1s")
          .start();
      UpdateBenchmark bench = new UpdateBenchmark(harness);
      bench.register(ids);
      bench.run("warm-up (not counted)", warmup, 0);
      bench.awaitOutboxDrained();
      results.add(bench.run("paced at " + rate + "/s", updates, rate));
      results.add(bench.run("as fast as injected", updates, 0));
      bench.heap.close();
    }
    String table =
        PhaseResult.table(results, Environment.describe()) + Environment.contention() + "\n";
    System.out.println(table);
    Path out = Path.of("target", "benchmarks", "updates.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.println("Also appended to " + out.toAbsolutePath());
    System.exit(0);
  }

  /**
   * The example roster's people with a telegram-id, plus generated people up to {@code count}, each
   * with a telegram-id, so every sender is a registered roster member.
   */
  private static List<Long> rosterWithUsers(Path roster, int count) throws IOException {
    String yaml = Files.readString(roster);
    List<Long> ids = new ArrayList<>();
    Matcher m = TELEGRAM_ID.matcher(yaml);
    while (m.find() && ids.size() < count) {
      ids.add(Long.parseLong(m.group(1)));
    }
    StringBuilder extra = new StringBuilder("\n");
    for (int n = 1; ids.size() < count; n++) {
      long id = 900_000 + n;
      extra.append(String.format(Locale.ROOT, "  - id: bench-%03d%n", n));
      extra.append(String.format(Locale.ROOT, "    name: \"Người thử %03d\"%n", n));
      extra.append("    division: HTQT\n");
      extra.append("    telegram-id: ").append(id).append('\n');
      ids.add(id);
    }
    Files.writeString(roster, yaml + extra);
    return ids;
  }

  /** Each user sends /start and waits for the greeting, whose id their presses will carry. */
  private void register(List<Long> ids) {
    for (long id : ids) {
      senders.add(new Sender(bot.user(id, null, "U" + id), 0));
    }
    senders.forEach(s -> s.user().send("/start"));
    for (int i = 0; i < senders.size(); i++) {
      EmulatedUser user = senders.get(i).user();
      senders.set(i, new Sender(user, bot.awaitText(user, "Xin chào").messageId()));
    }
  }

  /** Offers {@code count} updates ({@code rate} per second, or 0: as fast as possible). */
  private PhaseResult run(String name, int count, int rate) throws InterruptedException {
    LatencySamples commits = new LatencySamples();
    LatencySamples answers = new LatencySamples();
    timings.observe(commits::add, answers::add);
    heap.reset();
    long base = timings.applied();
    Set<String> queries = new HashSet<>();
    long start = System.nanoTime();
    long period = rate > 0 ? 1_000_000_000L / rate : 0;
    for (int i = 0; i < count; i++) {
      if (period > 0) {
        LockSupport.parkNanos(start + i * period - System.nanoTime());
      }
      offer(i, queries);
    }
    long offered = System.nanoTime();
    awaitApplied(base + count);
    long done = System.nanoTime();
    LatencySamples pressed = pressToAnswer(queries);
    timings.observe(n -> {}, n -> {});
    return new PhaseResult(
        name,
        count,
        queries.size(),
        (offered - start) / 1e9,
        (done - start) / 1e9,
        commits,
        answers,
        pressed,
        heap);
  }

  /**
   * The mix: a quarter /help, a quarter free text (a hint back), half presses of a stale button.
   */
  private void offer(int i, Set<String> queries) {
    Sender sender = senders.get(i % senders.size());
    switch (i % 4) {
      case 0 -> sender.user().send("/help");
      case 1 -> sender.user().send("bench text " + i);
      default -> {
        sender.user().press(sender.botMessageId(), "x:" + i);
        queries.add(sender.user().lastCallbackQueryId());
      }
    }
  }

  private void awaitApplied(long target) throws InterruptedException {
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (timings.applied() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + timings.applied() + " of " + target + " applied");
      }
      Thread.sleep(2);
    }
  }

  /** From the emulator's press to its receiving answerCallbackQuery, as the user feels it. */
  private LatencySamples pressToAnswer(Set<String> queries) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      List<CallbackAnswer> mine =
          bot.emulator().callbackAnswers().stream()
              .filter(a -> queries.contains(a.callbackQueryId()))
              .toList();
      if (mine.size() == queries.size() || System.nanoTime() > deadline) {
        LatencySamples samples = new LatencySamples();
        mine.forEach(a -> samples.add(a.answeredNanos() - a.pressedNanos()));
        return samples;
      }
      Thread.sleep(200);
    }
  }

  private void awaitOutboxDrained() throws InterruptedException {
    OutboxRows outbox = bot.bean(OutboxRows.class);
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (outbox.nextAttempt().isPresent() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }
}
