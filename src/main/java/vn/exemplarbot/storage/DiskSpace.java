package vn.exemplarbot.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.unit.DataSize;

/** Free space where the data lives, against {@code EXEMPLAR_DISK_MIN_FREE} (default 200MB). */
public final class DiskSpace {

  public static final String PROPERTY = "exemplar.disk-min-free";
  public static final DataSize DEFAULT = DataSize.ofMegabytes(200);

  private DiskSpace() {}

  public static DataSize minimum(PropertyResolver properties) {
    String text = properties.getProperty(PROPERTY);
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    try {
      return DataSize.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new StartupRefusedException(
          StartupTexts.both("storage.refused.min-free", text),
          StartupTexts.both("storage.refused.min-free.fix"));
    }
  }

  /** Bytes usable by this process in the file system holding the path; 0 when unreadable. */
  public static long free(Path path) {
    try {
      return Files.getFileStore(path).getUsableSpace();
    } catch (IOException e) {
      return 0;
    }
  }

  /** {@code 1.2 GB}, {@code 180 MB}. */
  public static String show(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%d MB", bytes >> 20);
  }
}
