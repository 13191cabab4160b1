package vn.exemplarbot.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code EXEMPLAR_BACKUP_TIME} (local time of the daily backup, default 02:30), {@code
 * EXEMPLAR_BACKUP_KEEP} (archives kept, default 14), {@code EXEMPLAR_BACKUP_DIR} (default {@code
 * <data>/backups}); {@code exemplar.backup.check-interval} (how often an owed backup is looked for,
 * default 30 s).
 */
@ConfigurationProperties("exemplar.backup")
public record BackupSettings(LocalTime time, Integer keep, Path dir, Duration checkInterval) {

  public BackupSettings {
    time = time == null ? LocalTime.of(2, 30) : time;
    checkInterval = checkInterval == null ? Duration.ofSeconds(30) : checkInterval;
    keep = keep == null ? 14 : keep;
    if (keep < 1) {
      throw new IllegalArgumentException(
          "EXEMPLAR_BACKUP_KEEP phải từ 1 trở lên / must be at least 1, not " + keep);
    }
  }

  /** The folder: the setting, or {@code backups/} in the data folder. */
  public Path folder(Path dataDir) {
    return dir == null ? dataDir.resolve("backups") : dir.toAbsolutePath().normalize();
  }
}
