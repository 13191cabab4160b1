package vn.exemplarbot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates {@code EXEMPLAR_DATA_DIR} before the first connection: SQLite cannot create the folder of
 * its database file and answers {@code SQLITE_CANTOPEN}.
 */
public final class DataFolderPreparer implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String dataDir = environment.getProperty("exemplar.data-dir");
    if (dataDir == null || dataDir.isBlank()) {
      return;
    }
    try {
      Files.createDirectories(Path.of(dataDir));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Không tạo được thư mục dữ liệu / cannot create " + dataDir, e);
    }
  }
}
