package vn.exemplarbot.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.backup.BackupArchive.Manifest;
import vn.exemplarbot.backup.BackupArchive.Source;

/** The archive format alone: written whole or not at all, read back checked to the last byte. */
class BackupArchiveTests {

  private static final Instant AT = Instant.parse("2026-12-04T02:30:00Z");

  @TempDir Path dir;

  @Test
  void writesAPrivateArchiveWithItsChecksumsAndReadsEveryMemberBack() throws Exception {
    Path archive = sample();
    assertThat(archive.getFileName().toString())
        .isEqualTo("exemplar-backup-20261204-023000.tar.gz");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)))
        .isEqualTo("rw-------");
    List<String> lines = Files.readAllLines(BackupArchive.checksumOf(archive));
    assertThat(lines.get(0))
        .isEqualTo(sha256(Files.readAllBytes(archive)) + "  " + archive.getFileName());
    assertThat(lines.get(1)).endsWith("  manifest.json");
    try (var parts = Files.list(dir.resolve("backups"))) {
      assertThat(parts.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    Path into = Files.createDirectories(dir.resolve("out"));
    Manifest m = BackupArchive.read(archive, Optional.of(into));
    assertThat(m.createdAt()).isEqualTo(AT);
    assertThat(m.schema()).isEqualTo("16");
    assertThat(m.files())
        .extracting(BackupArchive.Member::path)
        .containsExactly(
            "database/exemplar.db", "data/dossiers/1/bằng khen.pdf", "bot-config/roster.yml");
    assertThat(Files.readAllBytes(into.resolve("data/dossiers/1/bằng khen.pdf")))
        .isEqualTo(Files.readAllBytes(dir.resolve("src/pdf")));
  }

  @Test
  void aChangedByteAnywhereIsFound() throws Exception {
    Path archive = sample();
    byte[] good = Files.readAllBytes(archive);
    for (int offset :
        new int[] {3, 9, good.length / 3, good.length / 2, good.length - 9, good.length - 1}) {
      byte[] bad = good.clone();
      bad[offset] ^= 0x01;
      Files.write(archive, bad);
      assertThatThrownBy(() -> BackupArchive.read(archive, Optional.empty()))
          .as("a byte changed at %d of %d", offset, good.length)
          .isInstanceOf(BadArchiveException.class);
    }
    Files.write(archive, good);
    assertThat(BackupArchive.read(archive, Optional.empty()).files()).hasSize(3);

    Path checksum = BackupArchive.checksumOf(archive);
    String lines = Files.readString(checksum);
    Files.writeString(checksum, lines.replaceFirst("^.", lines.charAt(0) == 'a' ? "b" : "a"));
    assertThatThrownBy(() -> BackupArchive.read(archive, Optional.empty()))
        .isInstanceOf(BadArchiveException.class)
        .hasMessageContaining("SHA-256");
    Files.delete(checksum);
    assertThatThrownBy(() -> BackupArchive.read(archive, Optional.empty()))
        .isInstanceOf(BadArchiveException.class)
        .hasMessageContaining("Thiếu tệp kiểm tra");
  }

  @Test
  void pathsThatEscapeLinksAndUnlistedMembersAreRefusedEvenWithMatchingChecksums()
      throws Exception {
    for (String path : List.of("../evil", "/etc/evil", "data/../../evil", "data/./x", "data//x")) {
      Path archive = crafted(path, TarArchiveEntry.LF_NORMAL);
      Path into = Files.createDirectories(dir.resolve("into-" + Math.abs(path.hashCode())));
      assertThatThrownBy(() -> BackupArchive.read(archive, Optional.of(into)))
          .as(path)
          .isInstanceOf(BadArchiveException.class)
          .hasMessageContaining("không an toàn");
      assertThat(dir.resolve("evil")).doesNotExist();
    }
    assertThatThrownBy(
            () ->
                BackupArchive.read(
                    crafted("data/link", TarArchiveEntry.LF_SYMLINK), Optional.empty()))
        .isInstanceOf(BadArchiveException.class)
        .hasMessageContaining("không phải tệp thường");
    assertThatThrownBy(
            () -> BackupArchive.read(crafted("data/dev", TarArchiveEntry.LF_CHR), Optional.empty()))
        .isInstanceOf(BadArchiveException.class)
        .hasMessageContaining("không phải tệp thường");
  }

  @Test
  void safePathsAreRelativeWithoutDotParts() {
    assertThat(BackupArchive.safe("data/dossiers/1/a.pdf")).isTrue();
    assertThat(BackupArchive.safe("data/..hidden")).isTrue();
    assertThat(BackupArchive.safe("")).isFalse();
    assertThat(BackupArchive.safe("a\\..\\b")).isFalse();
    assertThat(BackupArchive.safe("data/")).isFalse();
  }

  @Test
  void theEnvironmentFileIsReadAsSystemdReadsIt() throws Exception {
    Path env = dir.resolve("env");
    Files.writeString(
        env,
        "# comment\nTELEGRAM_BOT_TOKEN=1:abc\nexport EXEMPLAR_DATA_DIR=\"/var/lib/x y\"\n\n"
            + "EXEMPLAR_BACKUP_DIR='/srv/b'\nnot a line\n");
    assertThat(BackupCommandLine.readEnvironmentFile(env))
        .containsEntry("EXEMPLAR_DATA_DIR", "/var/lib/x y")
        .containsEntry("EXEMPLAR_BACKUP_DIR", "/srv/b")
        .containsEntry("TELEGRAM_BOT_TOKEN", "1:abc")
        .hasSize(3);
  }

  @Test
  void restoreIsRefusedForABotOnPostgresqlAndTouchesNothing() throws Exception {
    Path env = dir.resolve("env");
    Files.writeString(env, "EXEMPLAR_DATABASE_URL=jdbc:postgresql://db/exemplar\n");
    Path data = dir.resolve("data");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      code =
          BackupCommandLine.run(
              new String[] {
                "restore", "any.tar.gz", "--env", env.toString(), "--data-dir", data.toString()
              },
              Map.of(),
              out);
    }
    assertThat(code).isEqualTo(BackupCommandLine.USAGE);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("EXEMPLAR_DATABASE_URL", "PostgreSQL", "pg_restore");
    assertThat(data).doesNotExist();
  }

  private Path sample() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    byte[] pdf = new byte[300_000];
    new Random(7).nextBytes(pdf);
    Files.write(src.resolve("pdf"), pdf);
    Files.writeString(src.resolve("db"), "not really a database");
    Files.writeString(src.resolve("roster.yml"), "organization: Sở Ngoại vụ\n");
    return BackupArchive.write(
        Files.createDirectories(dir.resolve("backups")),
        AT,
        List.of(
            new Source("database/exemplar.db", src.resolve("db")),
            new Source("data/dossiers/1/bằng khen.pdf", src.resolve("pdf")),
            new Source("bot-config/roster.yml", src.resolve("roster.yml"))),
        "test",
        "16");
  }

  /** An archive whose checksums all match but which holds one member of this name and kind. */
  private Path crafted(String path, byte kind) throws Exception {
    byte[] content = "x".getBytes(StandardCharsets.UTF_8);
    String manifest =
        "{\"format\":1,\"version\":\"t\",\"schema\":\"16\",\"createdAt\":\"2026-12-04T02:30:00Z\","
            + "\"files\":[{\"path\":\"database/exemplar.db\",\"size\":1,\"sha256\":\""
            + sha256(content)
            + "\"},{\"path\":\""
            + path
            + "\",\"size\":1,\"sha256\":\""
            + sha256(content)
            + "\"}]}";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      put(tar, new TarArchiveEntry("database/exemplar.db"), content);
      TarArchiveEntry evil = new TarArchiveEntry(path, kind, true);
      if (kind == TarArchiveEntry.LF_SYMLINK) {
        evil.setLinkName("/etc/passwd");
      }
      put(tar, evil, kind == TarArchiveEntry.LF_NORMAL ? content : new byte[0]);
      put(
          tar,
          new TarArchiveEntry(BackupArchive.MANIFEST),
          manifest.getBytes(StandardCharsets.UTF_8));
    }
    Path archive =
        Files.createDirectories(dir.resolve("crafted"))
            .resolve(
                "exemplar-backup-20261204-0230"
                    + String.format("%02d", Math.abs(path.hashCode() % 60))
                    + ".tar.gz");
    Files.write(archive, bytes.toByteArray());
    Files.writeString(
        BackupArchive.checksumOf(archive),
        sha256(bytes.toByteArray())
            + "  "
            + archive.getFileName()
            + "\n"
            + sha256(manifest.getBytes(StandardCharsets.UTF_8))
            + "  manifest.json\n");
    return archive;
  }

  private static void put(TarArchiveOutputStream tar, TarArchiveEntry entry, byte[] content)
      throws IOException {
    entry.setSize(content.length);
    tar.putArchiveEntry(entry);
    OutputStream out = tar;
    out.write(content);
    tar.closeArchiveEntry();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
