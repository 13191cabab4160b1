package vn.exemplarbot.website;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The export folder {@code <data>/site/}. Each file is written beside its final name and moved over
 * it atomically, so a reader (the HTTP endpoints, or a website copying the folder) never sees half
 * a file. It stays in the data folder on PostgreSQL too, never in the database: a local cache that
 * each instance regenerates whole at start, unlike the files {@code storage.DataFiles} keeps.
 */
@Component
class SiteFiles {

  static final String INDEX = "index.html";
  static final String JSON = "exemplars.json";
  static final String ATOM = "exemplars.atom";

  private final Path dir;

  SiteFiles(@Value("${exemplar.data-dir}") Path dataDir) {
    this.dir = dataDir.resolve("site");
  }

  /** The page of one year: {@code exemplars-2026.html}, the same name under {@code /}. */
  static String yearPage(int year) {
    return "exemplars-" + year + ".html";
  }

  Path dir() {
    return dir;
  }

  void write(String name, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + name, ".tmp");
      try {
        Files.write(temp, bytes);
        Files.move(
            temp,
            dir.resolve(name),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + name + " in " + dir, e);
    }
  }

  /** Removes the year pages not in {@code kept} (a year whose exemplars were all revoked). */
  void keepOnlyYearPages(Set<String> kept) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> pages = Files.newDirectoryStream(dir, "exemplars-*.html")) {
      for (Path page : pages) {
        if (!kept.contains(page.getFileName().toString())) {
          Files.deleteIfExists(page);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not tidy " + dir, e);
    }
  }

  Optional<byte[]> read(String name) {
    Path file = dir.resolve(name);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }
}
