package vn.exemplarbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A plain-text {@code pg_dump} of a database, as an operator's nightly backup takes it: the
 * machine's own binary (on the {@code PATH} or under {@code /usr/lib/postgresql/<n>/bin}, as {@code
 * .ci/postgres} finds it), given the JDBC URL without its {@code jdbc:} prefix.
 */
final class PgDump {

  private PgDump() {}

  static byte[] of(String jdbcUrl, Path work) throws IOException {
    Path out = Files.createTempFile(work, "dump", ".sql");
    Process p =
        new ProcessBuilder(
                binary(), "--no-owner", "--file=" + out, jdbcUrl.replaceFirst("^jdbc:", ""))
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("pg_dump.log").toFile())
            .start();
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IOException("pg_dump failed; see " + work.resolve("pg_dump.log"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    try {
      return Files.readAllBytes(out);
    } finally {
      Files.delete(out);
    }
  }

  private static String binary() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pg_dump"))) {
        return Path.of(dir, "pg_dump").toString();
      }
    }
    Path versions = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(versions)) {
      try (Stream<Path> each = Files.list(versions)) {
        List<Path> found =
            each.map(v -> v.resolve("bin/pg_dump")).filter(Files::isExecutable).sorted().toList();
        if (!found.isEmpty()) {
          return found.get(found.size() - 1).toString();
        }
      }
    }
    throw new IOException("pg_dump not found: apt-get install -y postgresql-client");
  }
}
