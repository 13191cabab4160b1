package vn.exemplarbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.e2e.BotHarness;
import vn.exemplarbot.sandbox.RecordedRequest;

/**
 * One reminder to 5,000 people ({@code -Dbench.users}): {@code division-plans-due} at its P7D
 * moment (08/12/2026 08:30), reached by moving the clock so that the real ticker fires the real
 * reminder engine, which writes 5,000 outbox rows in one transaction for the real sender to drain
 * through the emulator in rate-limit mode (Telegram's 30/s, answered with 429 beyond). Prints who
 * got how many, the 429s, the pace from the first delivery to the last, and the peak heap. Not a
 * test: run it as docs/benchmarks.md says ({@code
 * -Dbench.main=vn.exemplarbot.bench.FanoutBenchmark}).
 */
public final class FanoutBenchmark {

  private static final int HEADS = Integer.getInteger("bench.fanout", 5_000);
  private static final LocalDateTime P7D = LocalDateTime.of(2026, 12, 8, 8, 30);

  /** A delivery: the chat it went to and when the emulator received it. */
  private record Delivery(long chatId, long receivedNanos) {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("exemplar-fanout-bench");
    String table;
    try (BotHarness bot = BotHarness.prepare(work);
        HeapWatch heap = new HeapWatch()) {
      FanoutRoster roster = FanoutRoster.write(bot.configDir().resolve("roster.yml"), HEADS);
      bot.property("logging.level.root", "WARN").property("telegram.chat-interval", "1s").start();
      bot.emulator().enforceRateLimits(true);
      table = run(bot, roster, heap);
    }
    System.out.println(table);
    Path out = Path.of("target", "benchmarks", "fanout.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.exit(0);
  }

  private static String run(BotHarness bot, FanoutRoster roster, HeapWatch heap)
      throws InterruptedException {
    roster.telegramIds().forEach(id -> bot.user(id, null, "H" + id));
    roster.register(bot.bean(JdbcClient.class), bot.bean(TransactionTemplate.class));
    String loadBefore = loadAverage();
    Set<Long> heads = new HashSet<>(roster.telegramIds());
    System.gc();
    heap.reset();
    long moved = System.nanoTime();
    bot.clock().set(P7D);
    List<Delivery> deliveries = awaitAll(bot, heads, moved);
    Thread.sleep(3_000); // anything sent twice would arrive within a pace window or two
    deliveries = deliveries(bot, heads);
    perSecond(deliveries);
    return report(bot, deliveries, moved, heap, loadBefore);
  }

  private static List<Delivery> awaitAll(BotHarness bot, Set<Long> heads, long since)
      throws InterruptedException {
    long deadline = since + Duration.ofMinutes(10).toNanos();
    List<Delivery> found = deliveries(bot, heads);
    while (found.size() < heads.size()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + found.size() + " delivered in 10 minutes");
      }
      Thread.sleep(500);
      found = deliveries(bot, heads);
    }
    return found;
  }

  private static List<Delivery> deliveries(BotHarness bot, Set<Long> heads) {
    return bot.emulator().requests().stream()
        .filter(r -> r.method().equals("sendMessage") && r.status() == 200)
        .map(r -> new Delivery(chat(r), r.receivedNanos()))
        .filter(d -> heads.contains(d.chatId()))
        .sorted((a, b) -> Long.compare(a.receivedNanos(), b.receivedNanos()))
        .toList();
  }

  private static long chat(RecordedRequest r) {
    return Long.parseLong(String.valueOf(r.params().get("chat_id")));
  }

  private static String report(
      BotHarness bot, List<Delivery> sent, long moved, HeapWatch heap, String loadBefore) {
    Map<Long, Integer> perChat = new HashMap<>();
    sent.forEach(d -> perChat.merge(d.chatId(), 1, Integer::sum));
    long twice = perChat.values().stream().filter(n -> n > 1).count();
    long first = sent.get(0).receivedNanos();
    long last = sent.get(sent.size() - 1).receivedNanos();
    double seconds = (last - first) / 1e9;
    int recorded =
        bot.bean(JdbcClient.class)
            .sql("SELECT count(*) FROM reminder_sent WHERE person_id LIKE 'fan-head-%'")
            .query(Integer.class)
            .single();
    return String.format(
        Locale.ROOT,
        "%n| people | reminders recorded | delivered | people with more than one | 429 answered"
            + " | clock moved → first delivery s | first → last delivery s | messages/s"
            + " | slowest 10 s window msg/s | peak heap MB (sampled / pool peaks) | load before → after |"
            + "%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
            + "%n| %d | %d | %d | %d | %d | %.1f | %.1f | %.2f | %.1f | %.0f / %.0f | %s → %s |%n%s%n",
        perChat.size(),
        recorded,
        sent.size(),
        twice,
        bot.emulator().rateLimited(),
        (first - moved) / 1e9,
        seconds,
        (sent.size() - 1) / seconds,
        slowestWindow(sent, 10),
        heap.sampledPeakMb(),
        heap.poolPeaksMb(),
        loadBefore,
        loadAverage(),
        Environment.describe() + "; " + Environment.contention());
  }

  /** The fewest deliveries in any window of this many seconds between the first and the last. */
  private static double slowestWindow(List<Delivery> sent, int windowSeconds) {
    long window = windowSeconds * 1_000_000_000L;
    long last = sent.get(sent.size() - 1).receivedNanos();
    int fewest = Integer.MAX_VALUE;
    int end = 0;
    for (int start = 0; start < sent.size(); start++) {
      long from = sent.get(start).receivedNanos();
      if (from + window > last) {
        break;
      }
      while (end < sent.size() && sent.get(end).receivedNanos() < from + window) {
        end++;
      }
      fewest = Math.min(fewest, end - start);
    }
    return fewest == Integer.MAX_VALUE ? Double.NaN : fewest / (double) windowSeconds;
  }

  /** Deliveries in each second from the first, one line each, for a look at the dips. */
  private static void perSecond(List<Delivery> sent) {
    long first = sent.get(0).receivedNanos();
    int[] counts = new int[(int) ((sent.get(sent.size() - 1).receivedNanos() - first) / 1e9) + 1];
    sent.forEach(d -> counts[(int) ((d.receivedNanos() - first) / 1_000_000_000L)]++);
    StringBuilder lines = new StringBuilder();
    for (int s = 0; s < counts.length; s++) {
      lines.append(s).append(' ').append(counts[s]).append('\n');
    }
    try {
      Path out = Path.of("target", "benchmarks", "fanout-per-second.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, lines);
    } catch (java.io.IOException e) {
      System.out.println("per-second counts not written: " + e);
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException e) {
      return "?";
    }
  }
}
