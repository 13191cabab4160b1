package vn.exemplarbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The department of the chaos run: the example configuration grown with {@code fanout} division
 * heads who owe a plan, senders with nominees of their own (as the nomination benchmark), and a
 * council of 50 generated members instead of the example's; the plan deadline set so that its
 * reminder falls during the run; everyone registered and twenty dossiers appraised, written before
 * the run (not what is measured).
 */
final class ChaosWorld {

  static final long DIRECTOR = 100_001;

  private final Path config;
  private final int members;
  private final FanoutRoster fanout;
  private final BenchRoster senders;
  private final List<EmulatedUser> heads = new ArrayList<>();
  private final List<EmulatedUser> council = new ArrayList<>();
  private final List<EmulatedUser> nominators = new ArrayList<>();
  private EmulatedUser secretary;

  private ChaosWorld(Path config, int members, FanoutRoster fanout, BenchRoster senders) {
    this.config = config;
    this.members = members;
    this.fanout = fanout;
    this.senders = senders;
  }

  static ChaosWorld prepare(Path work, int fanout, int nominators, int members) throws IOException {
    Path config = work.resolve("config");
    Files.createDirectories(config);
    try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
      for (Path f : files.toList()) {
        Files.copy(f, config.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path roster = config.resolve("roster.yml");
    String yaml =
        Files.readString(roster).replace(", council-member", "").replace("[council-member]", "[]");
    Files.writeString(roster, yaml);
    BenchRoster senders = BenchRoster.write(roster, nominators, 12);
    FanoutRoster heads = FanoutRoster.write(roster, fanout);
    StringBuilder extra = new StringBuilder("\n");
    for (int n = 1; n <= members; n++) {
      extra.append(String.format(Locale.ROOT, "  - id: member-%03d%n", n));
      extra.append(String.format(Locale.ROOT, "    name: \"Thành viên %03d\"%n", n));
      extra.append("    division: HTQT\n");
      extra.append("    telegram-id: ").append(ChaosRun.FIRST_MEMBER + n - 1).append('\n');
      extra.append("    roles: [council-member]\n");
    }
    Files.writeString(roster, Files.readString(roster) + extra);
    return new ChaosWorld(config, members, heads, senders);
  }

  /**
   * The plan deadline two hours after {@code in} from now, with one offset of two hours: its
   * reminder falls {@code in} from now, whatever the weekday.
   */
  LocalDateTime settingsWithAMomentIn(Duration in) throws IOException {
    LocalDateTime moment = ChaosRun.localNow().plus(in).truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime plans = moment.plusHours(2);
    Path settings = config.resolve("settings.yml");
    String yaml =
        Files.readString(settings)
            .replaceFirst("(?m)^  year: \\d+", "  year: " + plans.getYear())
            .replaceFirst(
                "(?m)^  division-plans-due: \\S+", "  division-plans-due: " + ChaosRun.stamp(plans))
            .replaceFirst(
                "(?m)^  nominations-due: \\S+",
                "  nominations-due: " + ChaosRun.stamp(plans.plusDays(20)))
            .replaceFirst(
                "(?m)^  recognition-due: \\S+",
                "  recognition-due: " + ChaosRun.stamp(plans.plusDays(30)))
            .replaceFirst("(?m)^  offsets: \\[[^]]*]", "  offsets: [PT2H]")
            .replaceFirst("(?m)^  duration: P3D", "  duration: P10D");
    Files.writeString(settings, yaml);
    return moment;
  }

  /** Everyone registered, twenty collective dossiers appraised: written while the bot is down. */
  void registerAndAppraise(Connection c, int nominations) throws SQLException {
    long now = System.currentTimeMillis();
    c.setAutoCommit(false);
    try (PreparedStatement account =
        c.prepareStatement(
            "INSERT INTO account (person_id, telegram_id, chat_id, language, bound_by,"
                + " bound_at, registered_at) VALUES (?, ?, ?, 'vi', 'roster-id', ?, ?)"
                + " ON CONFLICT (person_id) DO NOTHING")) {
      for (int i = 0; i < fanout.telegramIds().size(); i++) {
        add(
            account,
            String.format(Locale.ROOT, "fan-head-%04d", i + 1),
            fanout.telegramIds().get(i),
            now);
      }
      for (int n = 1; n <= members; n++) {
        add(
            account,
            String.format(Locale.ROOT, "member-%03d", n),
            ChaosRun.FIRST_MEMBER + n - 1,
            now);
      }
      for (int i = 0; i < senders.senderIds().size(); i++) {
        add(
            account,
            String.format(Locale.ROOT, "bench-sender-%03d", i + 1),
            senders.senderIds().get(i),
            now);
      }
      add(account, "nguyen-thi-lan", ChaosRun.LAN, now);
      add(account, "tran-quoc-binh", DIRECTOR, now);
      account.executeBatch();
    }
    try (PreparedStatement nomination =
        c.prepareStatement(
            "INSERT INTO nomination (code, cycle_year, proposer_id, kind, nominee_division,"
                + " movement, achievements, new_factor, state, created_at, updated_at,"
                + " submitted_at) VALUES (?, ?, 'ngo-thanh-son', 'collective', 'HTQT',"
                + " 'Chuyển đổi số', 'Thành tích', 0, 'appraised', 0, 0, 0)")) {
      for (int code = 1; code <= nominations; code++) {
        nomination.setInt(1, code);
        nomination.setInt(2, ChaosRun.localNow().plusMinutes(3).plusHours(2).getYear());
        nomination.addBatch();
      }
      nomination.executeBatch();
    }
    c.commit();
  }

  private static void add(PreparedStatement account, String person, long telegramId, long now)
      throws SQLException {
    account.setString(1, person);
    account.setLong(2, telegramId);
    account.setLong(3, telegramId);
    account.setLong(4, now);
    account.setLong(5, now);
    account.addBatch();
  }

  /** The emulator's side of every registered person. */
  void users(BotApiEmulator emulator) {
    fanout.telegramIds().forEach(id -> heads.add(emulator.user(id, null, "H" + id)));
    Stream.iterate(ChaosRun.FIRST_MEMBER, id -> id + 1)
        .limit(members)
        .forEach(id -> council.add(emulator.user(id, null, "M" + id)));
    senders.senderIds().forEach(id -> nominators.add(emulator.user(id, null, "S" + id)));
    secretary = emulator.user(ChaosRun.LAN, null, "Lan");
  }

  List<EmulatedUser> heads() {
    return heads;
  }

  List<EmulatedUser> council() {
    return council;
  }

  EmulatedUser nominator(int n) {
    return nominators.get(n);
  }

  BenchRoster senders() {
    return senders;
  }

  EmulatedUser secretary() {
    return secretary;
  }
}
