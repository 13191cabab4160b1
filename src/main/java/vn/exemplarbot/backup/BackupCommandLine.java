package vn.exemplarbot.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import vn.exemplarbot.backup.BackupArchive.Manifest;
import vn.exemplarbot.storage.StartupTexts;

/**
 * {@code java -jar exemplar-bot.jar verify [archive]} and {@code restore <archive>}, read before
 * Spring starts (never the sandbox). Options: {@code --data-dir DIR}, {@code --config-dir DIR},
 * {@code --env FILE} (an environment file such as {@code /etc/exemplar-bot/env}, read for {@code
 * EXEMPLAR_DATA_DIR}, {@code EXEMPLAR_CONFIG_DIR} and {@code EXEMPLAR_BACKUP_DIR}). An archive
 * given by name only is looked for in the backup folder too; {@code verify} alone checks the
 * newest. {@code restore} is refused when {@code EXEMPLAR_DATABASE_URL} is set (the bot is on
 * PostgreSQL, whose backups are {@code pg_dump}'s). Exit codes: 0 done, 1 bad or tampered archive,
 * 2 data folder in use, 3 usage or I/O error.
 */
public final class BackupCommandLine {

  public static final int DONE = 0;
  public static final int BAD = 1;
  public static final int IN_USE = 2;
  public static final int USAGE = 3;

  private BackupCommandLine() {}

  public static boolean handles(String[] args) {
    return args.length > 0 && (args[0].equals("verify") || args[0].equals("restore"));
  }

  public static int run(String[] args, Map<String, String> environment, PrintStream out) {
    quietLibraries();
    String command = args[0];
    String archiveArg = null;
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--data-dir") || a.equals("--env") || a.equals("--config-dir")) {
        if (i + 1 >= args.length) {
          return usage(out, StartupTexts.both("backup.cli.missing-value", a));
        }
        options.put(a, args[++i]);
      } else if (a.startsWith("--")) {
        return usage(out, StartupTexts.both("backup.cli.unknown-option", a));
      } else if (archiveArg == null) {
        archiveArg = a;
      } else {
        return usage(out, StartupTexts.both("backup.cli.extra", a));
      }
    }
    Map<String, String> env = new HashMap<>(environment);
    if (options.containsKey("--env")) {
      try {
        env.putAll(readEnvironmentFile(Path.of(options.get("--env"))));
      } catch (IOException e) {
        return usage(out, StartupTexts.both("backup.cli.env-unreadable", options.get("--env"), e));
      }
    }
    if (command.equals("restore") && !env.getOrDefault("EXEMPLAR_DATABASE_URL", "").isBlank()) {
      // These archives hold the SQLite file; a bot on PostgreSQL would never read it back.
      return usage(out, StartupTexts.both("backup.cli.postgresql"));
    }
    Path dataDir =
        Path.of(options.getOrDefault("--data-dir", env.getOrDefault("EXEMPLAR_DATA_DIR", "./data")))
            .toAbsolutePath()
            .normalize();
    Path configDir =
        Path.of(
                options.getOrDefault(
                    "--config-dir", env.getOrDefault("EXEMPLAR_CONFIG_DIR", "./bot-config")))
            .toAbsolutePath()
            .normalize();
    String backupDirSetting = env.get("EXEMPLAR_BACKUP_DIR");
    Path backupDir =
        backupDirSetting == null || backupDirSetting.isBlank()
            ? dataDir.resolve("backups")
            : Path.of(backupDirSetting).toAbsolutePath().normalize();
    out.println(StartupTexts.both("backup.cli.folder", dataDir));
    try {
      Optional<Path> archive = find(archiveArg, backupDir);
      if (archive.isEmpty()) {
        if (archiveArg == null && command.equals("verify")) {
          return usage(out, StartupTexts.both("backup.cli.none-in", backupDir));
        }
        if (archiveArg == null) {
          return usage(out, StartupTexts.both("backup.cli.which"));
        }
        out.println(StartupTexts.both("backup.cli.not-found", archiveArg, backupDir));
        return USAGE;
      }
      if (command.equals("verify")) {
        return verify(archive.get(), out);
      }
      return new Restore(dataDir, configDir, backupDir, out, Clock.systemUTC()).run(archive.get());
    } catch (IOException | RuntimeException e) {
      out.println(StartupTexts.both("backup.cli.io", e.toString()));
      return USAGE;
    }
  }

  private static int verify(Path archive, PrintStream out) throws IOException {
    try {
      Manifest m = BackupArchive.read(archive, Optional.empty());
      out.println(
          StartupTexts.both(
              "backup.cli.verified",
              archive,
              BackupArchive.shown(m.createdAt()),
              m.files().size(),
              m.version(),
              m.schema()));
      return DONE;
    } catch (BadArchiveException e) {
      out.println(e.getMessage());
      return BAD;
    }
  }

  /** As given; or by name in the backup folder; or, with none given, the newest there. */
  private static Optional<Path> find(String given, Path backupDir) throws IOException {
    if (given != null) {
      Path p = Path.of(given);
      if (Files.exists(p)) {
        return Optional.of(p.toAbsolutePath().normalize());
      }
      Path named = backupDir.resolve(p.getFileName().toString());
      return Files.exists(named) ? Optional.of(named) : Optional.empty();
    }
    return BackupArchive.list(backupDir).stream().findFirst();
  }

  /** {@code KEY=value} lines as systemd reads them; comments and blank lines skipped. */
  public static Map<String, String> readEnvironmentFile(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring(7).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String value = line.substring(eq + 1).strip();
      if (value.length() >= 2
          && ((value.startsWith("\"") && value.endsWith("\""))
              || (value.startsWith("'") && value.endsWith("'")))) {
        value = value.substring(1, value.length() - 1);
      }
      out.put(line.substring(0, eq).strip(), value);
    }
    return out;
  }

  private static int usage(PrintStream out, String problem) {
    out.println(problem);
    out.println(StartupTexts.both("backup.cli.usage"));
    return USAGE;
  }

  /** Without Spring, Logback would print every library's debug lines. */
  public static void quietLibraries() {
    if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
      ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }
}
