package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.backup.BackupCommandLine;
import vn.exemplarbot.backup.Backups;
import vn.exemplarbot.decision.internal.CertificateRows;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Backups that restore (issue 13): an online backup taken during a burst restores to a sound
 * database holding every update acknowledged before it and every file; verify and restore from the
 * command line with their exit codes; a restore refuses while the bot runs and never repeats the
 * world (numbers continue above the data moved aside, unsent messages wait for the admin).
 */
@SqliteOnly("the bot's own backups are of the SQLite file; on PostgreSQL, pg_dump (PostgresTests)")
class BackupTests {

  private static final long ADMIN = 100007;
  private static final long AN = 100009;

  @TempDir Path work;

  @Test
  void aBackupTakenDuringABurstRestoresEveryAcknowledgedUpdateAndEveryFile() throws Exception {
    BotHarness bot = BotHarness.started(work);
    try {
      registered(bot, ADMIN, "huynhducthinh", "Huỳnh Đức Thịnh");
      EmulatedUser an = registered(bot, AN, null, "Nguyễn Văn An");
      Path data = bot.dataDir();
      random(data.resolve("dossiers/1/giấy chứng nhận.pdf"), 250_000);
      random(data.resolve("plans/2026/HTQT/ke-hoach.docx"), 40_000);
      random(data.resolve("site/index.html"), 100);
      random(data.resolve("sandbox/exemplar.db"), 100);
      random(data.resolve("dossiers/1/dang-tai.pdf.part"), 100);
      Files.writeString(
          bot.configDir().resolve("env"), "TELEGRAM_BOT_TOKEN=" + BotHarness.TOKEN + "\n");
      Map<String, String> files =
          Map.of(
              "data/dossiers/1/giấy chứng nhận.pdf",
                  sha256(data.resolve("dossiers/1/giấy chứng nhận.pdf")),
              "data/plans/2026/HTQT/ke-hoach.docx",
                  sha256(data.resolve("plans/2026/HTQT/ke-hoach.docx")),
              "bot-config/roster.yml", sha256(bot.configDir().resolve("roster.yml")));
      JdbcClient jdbc = bot.bean(JdbcClient.class);

      Thread burst =
          new Thread(
              () -> {
                for (int i = 0; i < 400; i++) {
                  an.send("tin nhắn số " + i);
                  try {
                    Thread.sleep(10);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      burst.start();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> jdbc.sql("SELECT count(*) FROM inbox").query(Long.class).single() > 80);
      Set<Long> acknowledged =
          new HashSet<>(jdbc.sql("SELECT update_id FROM inbox").query(Long.class).list());
      Backups.Outcome outcome = bot.bean(Backups.class).take();
      assertThat(burst.isAlive()).as("the backup was taken during the burst").isTrue();
      burst.join();
      assertThat(outcome).isInstanceOf(Backups.Done.class);
      Path archive = ((Backups.Done) outcome).archive();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  jdbc.sql("SELECT count(*) FROM inbox WHERE handled_at IS NULL")
                          .query(Long.class)
                          .single()
                      == 0);
      bot.stop();
      afterTheBurst(bot, archive, acknowledged, files);
    } finally {
      bot.close();
    }
  }

  private void afterTheBurst(
      BotHarness bot, Path archive, Set<Long> acknowledged, Map<String, String> files)
      throws Exception {
    assertThat(archive.getParent()).isEqualTo(work.resolve("data/backups"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)))
        .isEqualTo("rw-------");
    List<String> members = members(archive);
    assertThat(members.get(0)).isEqualTo("database/exemplar.db");
    assertThat(members.get(members.size() - 1)).isEqualTo("manifest.json");
    assertThat(members).containsAll(files.keySet());
    assertThat(members)
        .noneMatch(m -> m.startsWith("data/site/") || m.startsWith("data/sandbox/"))
        .noneMatch(m -> m.startsWith("data/backups/") || m.endsWith(".part"))
        .noneMatch(m -> m.contains("exemplar.db-wal") || m.contains("exemplar.lock"))
        .noneMatch(m -> m.startsWith("data/exemplar.db"))
        .noneMatch(m -> m.equals("bot-config/env"));
    assertThat(contentOf(archive)).doesNotContain(BotHarness.TOKEN);

    Run verify = cli("verify", archive.toString());
    assertThat(verify.code()).as(verify.out()).isZero();
    assertThat(verify.out()).contains("nguyên vẹn", "intact");
    Run byName =
        cli(
            "verify",
            archive.getFileName().toString(),
            "--data-dir",
            work.resolve("data").toString());
    assertThat(byName.code()).as(byName.out()).isZero();

    Run restore = restore(archive, work.resolve("data"), work.resolve("config"));
    assertThat(restore.code()).as(restore.out()).isZero();
    assertThat(restore.out())
        .contains("Thư mục dữ liệu: " + work.resolve("data"))
        .contains("Đã khôi phục", "cách đây", "before-restore-");

    Path restored = work.resolve("data/exemplar.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + restored);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
      Set<Long> ids = new HashSet<>();
      try (ResultSet rs = s.executeQuery("SELECT update_id FROM inbox")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      assertThat(ids).containsAll(acknowledged);
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getKey().startsWith("data/")) {
        assertThat(sha256(work.resolve(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
      }
    }
    try (Stream<Path> aside = Files.list(work.resolve("data"))) {
      Path before =
          aside
              .filter(p -> p.getFileName().toString().startsWith("before-restore-"))
              .findFirst()
              .orElseThrow();
      assertThat(before.resolve("exemplar.db")).exists();
      assertThat(before.resolve("site/index.html")).exists();
      assertThat(before.resolve("bot-config-from-backup/roster.yml")).exists();
    }

    bot.start();
    EmulatedUser admin = bot.user(ADMIN, "huynhducthinh", "Thịnh");
    ChatMessage report = bot.exchange(admin, "/admin", "Quản trị");
    assertThat(report.text()).contains("Sao lưu tốt gần nhất", archive.getFileName().toString());
  }

  @Test
  void aRestoreRefusesWhileTheBotRunsAndATamperedArchiveAndChangesNothing() throws Exception {
    try (BotHarness bot = BotHarness.started(work)) {
      registered(bot, ADMIN, "huynhducthinh", "Huỳnh Đức Thịnh");
      Path archive = ((Backups.Done) bot.bean(Backups.class).take()).archive();

      Run busy = restore(archive, bot.dataDir(), bot.configDir());
      assertThat(busy.code()).as(busy.out()).isEqualTo(2);
      assertThat(busy.out()).contains("đang được một bot đang chạy giữ");
      bot.stop();
      String before = sha256(bot.dataDir().resolve("exemplar.db"));

      byte[] good = Files.readAllBytes(archive);
      byte[] bad = good.clone();
      bad[bad.length / 2] ^= 0x20;
      Files.write(archive, bad);
      Run tampered = restore(archive, bot.dataDir(), bot.configDir());
      assertThat(tampered.code()).as(tampered.out()).isEqualTo(1);
      assertThat(tampered.out()).contains("dữ liệu hiện có không bị thay đổi");
      assertThat(cli("verify", archive.toString()).code()).isEqualTo(1);
      assertThat(sha256(bot.dataDir().resolve("exemplar.db"))).isEqualTo(before);
      try (Stream<Path> left = Files.list(bot.dataDir())) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .noneMatch(n -> n.startsWith("before-restore-") || n.startsWith(".restore-"));
      }

      assertThat(cli("restore").code()).isEqualTo(3);
      assertThat(cli("restore", work.resolve("nowhere.tar.gz").toString()).code()).isEqualTo(3);
      assertThat(cli("verify", archive.toString(), "--bogus").code()).isEqualTo(3);
    }
  }

  @Test
  void restoringOlderDataContinuesNumbersAndHoldsUnsentMessagesForTheAdmin() throws Exception {
    try (BotHarness bot = BotHarness.started(work)) {
      EmulatedUser admin = registered(bot, ADMIN, "huynhducthinh", "Huỳnh Đức Thịnh");
      bot.bean(TransactionTemplate.class)
          .executeWithoutResult(
              tx ->
                  bot.bean(Outbox.class)
                      .toPerson("vo-van-hung", new Message.Text("Thư chờ anh Hùng đăng ký")));
      Path archive = ((Backups.Done) bot.bean(Backups.class).take()).archive();

      // After the backup the world went on: N-41, decision 15/2026, register number 9.
      JdbcClient jdbc = bot.bean(JdbcClient.class);
      jdbc.sql(
              "INSERT INTO nomination (id, code, cycle_year, proposer_id, state, created_at,"
                  + " updated_at) VALUES (900, 41, 2026, 'nguyen-van-an', 'submitted', 0, 0)")
          .update();
      jdbc.sql(
              "INSERT INTO decision (id, ballot_id, number, decided_on, number_year, state,"
                  + " made_by, made_at) VALUES (900, 1, '15', '2026-12-20', 2026, 'numbered',"
                  + " 'tran-quoc-binh', 0)")
          .update();
      jdbc.sql(
              "INSERT INTO certificate (nomination_id, decision_id, register_year, register_no,"
                  + " version, pdf_path, issued_at) VALUES (900, 900, 2026, 9, 1, 'x.pdf', 0)")
          .update();
      bot.stop();

      Run restore = restore(archive, bot.dataDir(), bot.configDir());
      assertThat(restore.code()).as(restore.out()).isZero();
      int held =
          Integer.parseInt(
              restore
                  .out()
                  .replaceAll("(?s).*\n(\\d+) tin nhắn chưa gửi trong bản sao lưu.*", "$1"));
      assertThat(held).isPositive();

      bot.start();
      assertThat(bot.bean(DecisionRows.class).lastNumberIn(2026)).isEqualTo(15);
      assertThat(bot.bean(CertificateRows.class).nextRegisterNo(2026)).isEqualTo(10);
      NominationRows nominations = bot.bean(NominationRows.class);
      long draft = nominations.insertDraft(2026, "nguyen-van-an", bot.clock().instant());
      assertThat(nominations.submit(draft, 2026, bot.clock().instant())).isTrue();
      assertThat(
              bot.bean(JdbcClient.class)
                  .sql("SELECT code FROM nomination WHERE id = :id")
                  .param("id", draft)
                  .query(Integer.class)
                  .single())
          .isEqualTo(42);

      ChatMessage report = bot.exchange(admin, "/admin", "Tin chưa gửi trong dữ liệu đã khôi phục");
      assertThat(report.text()).contains("vo-van-hung");
      assertThat(
              bot.bean(JdbcClient.class)
                  .sql("SELECT count(*) FROM outbox WHERE status = 'restored'")
                  .query(Integer.class)
                  .single())
          .isEqualTo(held);
      ChatMessage.Button drop =
          report.buttons().stream().filter(b -> b.text().equals("Bỏ")).findFirst().orElseThrow();
      admin.press(report.messageId(), drop.callbackData());
      bot.awaitText(admin, "Đã bỏ " + held + " tin chưa gửi");
      assertThat(
              bot.bean(JdbcClient.class)
                  .sql("SELECT count(*) FROM outbox WHERE status = 'dropped' AND payload IS NULL")
                  .query(Integer.class)
                  .single())
          .isEqualTo(held);
    }
  }

  @Test
  void theDailyBackupRunsAtItsTimeAndKeepsTheNewest() throws Exception {
    try (BotHarness bot =
        BotHarness.prepare(work)
            .property("exemplar.backup.time", "09:30")
            .property("exemplar.backup.keep", "2")
            .property("exemplar.backup.check-interval", "1s")
            .start()) {
      Backups backups = bot.bean(Backups.class);
      assertThat(backups.status().lastSuccess()).isEmpty();
      // What a backup killed halfway leaves: parts, never a name that looks whole.
      Files.createDirectories(backups.folder());
      Files.writeString(
          backups.folder().resolve("exemplar-backup-20261130-023000.tar.gz.part"), "cut short");
      Files.writeString(
          backups.folder().resolve("exemplar-backup-20261130-023000.db.part"), "cut short");
      for (int day = 0; day < 3; day++) {
        bot.clock().set(java.time.LocalDateTime.of(2026, 12, 1 + day, 9, 31));
        int expected = day;
        await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () -> backups.status().lastFile().orElse(""),
                f -> f.equals("exemplar-backup-2026120" + (1 + expected) + "-023100.tar.gz"));
      }
      try (Stream<Path> all = Files.list(backups.folder())) {
        assertThat(all.map(p -> p.getFileName().toString()).sorted())
            .containsExactly(
                "exemplar-backup-20261202-023100.tar.gz",
                "exemplar-backup-20261202-023100.tar.gz.sha256",
                "exemplar-backup-20261203-023100.tar.gz",
                "exemplar-backup-20261203-023100.tar.gz.sha256");
      }
      assertThat(backups.status().owedSince()).isEmpty();
    }
  }

  @Test
  void theAdminBacksUpByCommandHealthSaysWhenAndALowDiskIsToldOnceADay() throws Exception {
    try (BotHarness bot =
        BotHarness.prepare(work).property("exemplar.disk.check-interval", "1s").start()) {
      EmulatedUser admin = registered(bot, ADMIN, "huynhducthinh", "Huỳnh Đức Thịnh");
      EmulatedUser an = registered(bot, AN, null, "Nguyễn Văn An");
      bot.exchange(an, "/backup", "không dành cho vai trò của bạn");
      bot.exchange(admin, "/backup", "Đang sao lưu vào " + bot.dataDir().resolve("backups"));
      ChatMessage done = bot.awaitText(admin, "Đã sao lưu: exemplar-backup-");
      assertThat(done.text()).contains(".tar.gz");
      try (Stream<Path> all = Files.list(bot.dataDir().resolve("backups"))) {
        assertThat(all.filter(p -> p.toString().endsWith(".tar.gz"))).hasSize(1);
      }

      java.net.http.HttpResponse<String> health =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(
                              "http://127.0.0.1:" + bot.managementPort() + "/actuator/health"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(health.body())
          .contains("\"backup\"", "lastSuccess", "2026-12-01T02:00", "\"disk\"");

      bot.bean(org.springframework.core.env.ConfigurableEnvironment.class)
          .getPropertySources()
          .addFirst(
              new org.springframework.core.env.MapPropertySource(
                  "low", Map.of("exemplar.disk-min-free", "900000TB")));
      bot.awaitText(admin, "sắp đầy", "EXEMPLAR_DISK_MIN_FREE");
      Backups.Outcome noRoom = bot.bean(Backups.class).take();
      assertThat(noRoom).isInstanceOf(Backups.Held.class);
      assertThat(((Backups.Held) noRoom).reasonKey()).isEqualTo("backup.held.space");
      Thread.sleep(3_000);
      assertThat(
              admin.chat().stream().filter(m -> m.text() != null && m.text().contains("sắp đầy")))
          .hasSize(1);
      assertThat(an.chat().stream().filter(m -> m.text() != null && m.text().contains("sắp đầy")))
          .isEmpty();
    }
  }

  private static EmulatedUser registered(BotHarness bot, long id, String username, String name) {
    EmulatedUser user = bot.user(id, username, name);
    bot.exchange(user, "/start", name);
    return user;
  }

  record Run(int code, String out) {}

  /** {@code restore} of this archive into these folders. */
  static Run restore(Path archive, Path data, Path config) {
    return cli(
        "restore",
        archive.toString(),
        "--data-dir",
        data.toString(),
        "--config-dir",
        config.toString());
  }

  static Run cli(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      code = BackupCommandLine.run(args, Map.of(), out);
    }
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  static List<String> members(Path archive) throws Exception {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(archive);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        names.add(e.getName());
      }
    }
    return names;
  }

  private static String contentOf(Path archive) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  static void random(Path file, int size) throws Exception {
    Files.createDirectories(file.getParent());
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    Files.write(file, bytes);
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
