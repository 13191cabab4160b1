package vn.exemplarbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.exemplarbot.e2e.BotHarness;
import vn.exemplarbot.sandbox.CallbackAnswer;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The ballot under load: 50 council members on 20 nominations, each member pressing a choice and
 * its {@code Xác nhận} on every nomination (2,000 presses), injected as fast as the emulator takes
 * evenly over 20 seconds ({@code -Dbench.injectSeconds}), without waiting for the edits (they drain
 * at Telegram's pace). Prints the press → answerCallbackQuery percentiles and checks every vote was
 * counted once. Not a test: run it as docs/benchmarks.md says ({@code
 * -Dbench.main=vn.exemplarbot.bench.VoteBenchmark}). A fixed background load for the whole run, the
 * same in every run, instead of whatever else the machine is doing: {@code -Dbench.burner=on} (or a
 * number of cores) keeps one core (or that many) busy with a shell loop pinned to it; {@code
 * -Dbench.disk=on} writes and syncs 32 MB in the run's folder over and over, as another service's
 * writes would.
 */
public final class VoteBenchmark {

  private static final int MEMBERS = 50;
  private static final int NOMINATIONS = 20;

  /** The presses and their confirmations arrive over this time, evenly. */
  private static final Duration INJECTION =
      Duration.ofSeconds(Long.getLong("bench.injectSeconds", 20));

  /** A member's ballot message of one nomination and the data of its first button. */
  private record Card(EmulatedUser member, long messageId, String agreeData) {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createTempDirectory("exemplar-vote-bench");
    String table;
    List<Process> load = background(work);
    try (BotHarness bot = BotHarness.prepare(work)) {
      councilOfGeneratedMembers(bot.configDir().resolve("roster.yml"));
      bot.property("logging.level.root", "WARN").property("telegram.chat-interval", "1s").start();
      table = run(bot, describeBackground());
    } finally {
      load.forEach(Process::destroyForcibly);
    }
    System.out.println(table);
    Path out = Path.of("target", "benchmarks", "votes.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.exit(0);
  }

  /** Cores kept busy ({@code -Dbench.burner}: empty 0, {@code on} 1, or a number). */
  private static final int BUSY_CORES = busyCores(System.getProperty("bench.burner", "").trim());

  /** A disk writer beside the bot ({@code -Dbench.disk}). */
  private static final boolean DISK_WRITER = !System.getProperty("bench.disk", "").isBlank();

  private static int busyCores(String burner) {
    if (burner.isEmpty()) {
      return 0;
    }
    if (burner.equals("on")) {
      return 1;
    }
    try {
      return Integer.parseInt(burner);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-Dbench.burner: on or a number of cores, not " + burner);
    }
  }

  /** The background load asked for: shell loops pinned to the last cores, a disk writer. */
  private static List<Process> background(Path work) throws java.io.IOException {
    int cpus = Runtime.getRuntime().availableProcessors();
    List<Process> load = new ArrayList<>();
    for (int i = 0; i < BUSY_CORES; i++) {
      String cpu = String.valueOf(cpus - 1 - i % cpus);
      load.add(quiet("taskset", "-c", cpu, "sh", "-c", "while :; do :; done"));
    }
    if (DISK_WRITER) {
      String file = work.resolve("disk-load").toString();
      String writes = "dd if=/dev/zero of='" + file + "' bs=1M count=32 conv=fsync 2>/dev/null";
      load.add(quiet("sh", "-c", "while :; do " + writes + "; done"));
    }
    load.forEach(p -> Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly)));
    return load;
  }

  private static Process quiet(String... command) throws java.io.IOException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static String describeBackground() {
    List<String> parts = new ArrayList<>();
    if (BUSY_CORES > 0) {
      parts.add(BUSY_CORES + " core(s) busy (burner)");
    }
    if (DISK_WRITER) {
      parts.add("a disk writer syncing 32 MB");
    }
    return parts.isEmpty() ? "none added" : String.join(", ", parts);
  }

  private static String run(BotHarness bot, String background) throws Exception {
    List<EmulatedUser> members = register(bot);
    appraisedNominations(bot.bean(JdbcClient.class));
    EmulatedUser lan = bot.user(100004, null, "Lan");
    lan.send("/start");
    bot.awaitText(lan, "Xin chào");
    ChatMessage preview = bot.exchange(lan, "/ballot_open", "Mở phiếu bầu kín");
    lan.press(preview.messageId(), preview.buttons().get(0).callbackData());
    long opening = System.nanoTime();
    bot.emulator()
        .awaitBotMessage(
            lan.chatId(),
            m -> m.text() != null && m.text().contains("Đã mở phiếu bầu kín số 1"),
            Duration.ofMinutes(3));
    System.out.printf(
        Locale.ROOT, "Opened and confirmed in %.1f s%n", (System.nanoTime() - opening) / 1e9);
    List<Card> cards = awaitCards(bot, members);
    Set<String> queries = new HashSet<>();
    long start = System.nanoTime();
    long period = INJECTION.toNanos() / cards.size();
    for (int i = 0; i < cards.size(); i++) {
      LockSupport.parkNanos(start + i * period - System.nanoTime());
      Card card = cards.get(i);
      card.member().press(card.messageId(), card.agreeData());
      queries.add(card.member().lastCallbackQueryId());
      card.member().press(card.messageId(), card.agreeData().replace("vote:p:", "vote:ok:"));
      queries.add(card.member().lastCallbackQueryId());
    }
    double injected = (System.nanoTime() - start) / 1e9;
    LatencySamples answers = awaitAnswers(bot, queries);
    double done = (System.nanoTime() - start) / 1e9;
    return report(bot.bean(JdbcClient.class), queries.size(), injected, done, answers, background);
  }

  /** The example roster without its council, plus 50 generated members with a telegram-id. */
  private static void councilOfGeneratedMembers(Path roster) throws Exception {
    String yaml =
        Files.readString(roster).replace(", council-member", "").replace("[council-member]", "[]");
    StringBuilder extra = new StringBuilder("\n");
    for (int n = 1; n <= MEMBERS; n++) {
      extra.append(String.format(Locale.ROOT, "  - id: member-%03d%n", n));
      extra.append(String.format(Locale.ROOT, "    name: \"Thành viên %03d\"%n", n));
      extra.append("    division: HTQT\n");
      extra.append("    telegram-id: ").append(910_000 + n).append('\n');
      extra.append("    roles: [council-member]\n");
    }
    Files.writeString(roster, yaml + extra);
  }

  private static List<EmulatedUser> register(BotHarness bot) {
    List<EmulatedUser> members = new ArrayList<>();
    for (int n = 1; n <= MEMBERS; n++) {
      members.add(bot.user(910_000 + n, null, "M" + n));
    }
    members.forEach(m -> m.send("/start"));
    members.forEach(m -> bot.awaitText(m, "Xin chào"));
    return members;
  }

  /** Twenty appraised nominations of divisions (no recusal), written directly: not measured. */
  private static void appraisedNominations(JdbcClient jdbc) {
    for (int code = 1; code <= NOMINATIONS; code++) {
      jdbc.sql(
              "INSERT INTO nomination (code, cycle_year, proposer_id, kind, nominee_division,"
                  + " movement, achievements, new_factor, state, created_at, updated_at,"
                  + " submitted_at) VALUES (:c, 2026, 'ngo-thanh-son', 'collective', 'HTQT',"
                  + " 'Chuyển đổi số', 'Thành tích', 0, 'appraised', 0, 0, 0)")
          .param("c", code)
          .update();
    }
  }

  private static List<Card> awaitCards(BotHarness bot, List<EmulatedUser> members)
      throws InterruptedException {
    List<Card> cards = new ArrayList<>();
    for (EmulatedUser member : members) {
      List<ChatMessage> mine =
          until(
              () ->
                  bot.emulator().chat(member.chatId()).stream()
                      .filter(m -> m.text() != null && m.text().startsWith("Đề cử N-"))
                      .toList(),
              found -> found.size() == NOMINATIONS,
              Duration.ofMinutes(3));
      mine.forEach(
          m -> cards.add(new Card(member, m.messageId(), m.buttons().get(0).callbackData())));
    }
    return cards;
  }

  private static LatencySamples awaitAnswers(BotHarness bot, Set<String> queries)
      throws InterruptedException {
    List<CallbackAnswer> mine =
        until(
            () ->
                bot.emulator().callbackAnswers().stream()
                    .filter(a -> queries.contains(a.callbackQueryId()))
                    .toList(),
            found -> found.size() == queries.size(),
            Duration.ofMinutes(2));
    LatencySamples samples = new LatencySamples();
    mine.forEach(a -> samples.add(a.answeredNanos() - a.pressedNanos()));
    return samples;
  }

  private static String report(
      JdbcClient jdbc,
      int presses,
      double injected,
      double done,
      LatencySamples answers,
      String background) {
    int filled = count(jdbc, "SELECT count(*) FROM ballot_box WHERE choice <> '-'");
    int marked = count(jdbc, "SELECT count(*) FROM ballot_voter WHERE voted = 1");
    int audited = count(jdbc, "SELECT count(*) FROM audit_entry WHERE action = 'ballot-voted'");
    if (filled != MEMBERS * NOMINATIONS || marked != filled || audited != filled) {
      throw new IllegalStateException(
          "votes lost or doubled: box " + filled + ", voters " + marked + ", audit " + audited);
    }
    return String.format(
        Locale.ROOT,
        "%n| votes | presses | injected in s | all answered in s | press → answer p50 / p99 / max ms |"
            + " background |%n|---:|---:|---:|---:|---:|---|%n| %d (each once) | %d | %.1f | %.1f |"
            + " %.1f / %.1f / %.1f | %s |%n%s%n",
        filled,
        presses,
        injected,
        done,
        answers.percentileMs(50),
        answers.percentileMs(99),
        answers.percentileMs(100),
        background,
        Environment.describe());
  }

  private static int count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }

  private static <T> T until(
      Supplier<T> probe, java.util.function.Predicate<T> done, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting; last: " + value);
      }
      Thread.sleep(100);
      value = probe.get();
    }
    return value;
  }
}
