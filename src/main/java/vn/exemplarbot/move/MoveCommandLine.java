package vn.exemplarbot.move;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.exemplarbot.backup.BackupCommandLine;
import vn.exemplarbot.storage.StartupTexts;

/**
 * {@code java -jar exemplar-bot.jar migrate-to}, read before Spring starts: the data folder's
 * SQLite database and files into the empty PostgreSQL database of {@code EXEMPLAR_DATABASE_URL}
 * ({@code EXEMPLAR_DATABASE_USER}, and the password only from {@code EXEMPLAR_DATABASE_PASSWORD}).
 * Options as {@code restore}'s: {@code --data-dir DIR}, {@code --config-dir DIR}, {@code --env
 * FILE}. Exit codes: 0 done; 1 the target not empty, a check failed, or a ballot open (the folder
 * cannot move now); 2 the folder in use by a running bot; 3 usage or I/O error.
 */
public final class MoveCommandLine {

  public static final String COMMAND = "migrate-to";
  public static final int DONE = 0;
  public static final int REFUSED = 1;
  public static final int IN_USE = 2;
  public static final int USAGE = 3;

  private MoveCommandLine() {}

  public static boolean handles(String[] args) {
    return args.length > 0 && args[0].equals(COMMAND);
  }

  public static int run(String[] args, Map<String, String> environment, PrintStream out) {
    BackupCommandLine.quietLibraries();
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.toLowerCase(Locale.ROOT).contains("password")) {
        // Never echoed: --password=… carries the secret itself.
        return usage(out, StartupTexts.both("move.password"));
      } else if (a.equals("--data-dir") || a.equals("--env") || a.equals("--config-dir")) {
        if (i + 1 >= args.length) {
          return usage(out, StartupTexts.both("backup.cli.missing-value", a));
        }
        options.put(a, args[++i]);
      } else if (a.startsWith("--")) {
        return usage(out, StartupTexts.both("backup.cli.unknown-option", a));
      } else {
        return usage(out, StartupTexts.both("backup.cli.extra", a));
      }
    }
    Map<String, String> env = new HashMap<>(environment);
    if (options.containsKey("--env")) {
      try {
        env.putAll(BackupCommandLine.readEnvironmentFile(Path.of(options.get("--env"))));
      } catch (IOException e) {
        return usage(out, StartupTexts.both("backup.cli.env-unreadable", options.get("--env"), e));
      }
    }
    Path dataDir = folder(options.get("--data-dir"), env.get("EXEMPLAR_DATA_DIR"), "./data");
    out.println(StartupTexts.both("backup.cli.folder", dataDir));
    Target target;
    try {
      target = Target.of(env);
    } catch (MoveRefused e) {
      out.println(e.getMessage());
      return e.code();
    }
    String backupDir = env.get("EXEMPLAR_BACKUP_DIR");
    Path backups =
        backupDir == null || backupDir.isBlank()
            ? dataDir.resolve("backups")
            : folder(backupDir, null, null);
    return new Move(dataDir, backups, target, out, Clock.systemUTC()).run();
  }

  private static Path folder(String given, String fromEnvironment, String fallback) {
    String chosen = given != null ? given : fromEnvironment != null ? fromEnvironment : fallback;
    return Path.of(chosen).toAbsolutePath().normalize();
  }

  private static int usage(PrintStream out, String problem) {
    out.println(problem);
    out.println(StartupTexts.both("move.usage"));
    return USAGE;
  }
}
