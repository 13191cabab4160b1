package vn.exemplarbot.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * Makes {@code EXEMPLAR_DATA_DIR} ready before the first connection, and refuses it, with the fix,
 * before anything is written when it cannot serve: not writable, less free space than {@code
 * EXEMPLAR_DISK_MIN_FREE}, used by another running bot (the folder's lock, {@link DataFolderLock},
 * held from here until the context is closed), or holding a database written by a newer version.
 * SQLite cannot create the folder of its database file and answers {@code SQLITE_CANTOPEN}, so the
 * folder is created here.
 */
public final class DataFolderPreparer implements EnvironmentPostProcessor {

  /** The lock's bean, destroyed last since registered first: after the pool has closed. */
  static final String LOCK_BEAN = "exemplarDataFolderLock";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String dataDir = environment.getProperty("exemplar.data-dir");
    if (dataDir == null || dataDir.isBlank()) {
      return;
    }
    Path dir = Path.of(dataDir).toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StartupRefusedException(
          StartupTexts.both("storage.refused.create", dir, e.getMessage()),
          StartupTexts.both("storage.refused.unwritable.fix", dir));
    }
    if (!Files.isWritable(dir)
        || environment.getProperty("exemplar.test.unwritable-data-dir", Boolean.class, false)) {
      throw new StartupRefusedException(
          StartupTexts.both("storage.refused.unwritable", dir),
          StartupTexts.both("storage.refused.unwritable.fix", dir));
    }
    DataSize minimum = DiskSpace.minimum(environment);
    long free = DiskSpace.free(dir);
    if (free < minimum.toBytes()) {
      throw new StartupRefusedException(
          StartupTexts.both(
              "storage.refused.disk", dir, DiskSpace.show(free), DiskSpace.show(minimum.toBytes())),
          StartupTexts.both("storage.refused.disk.fix", dir));
    }
    DataFolderLock lock = lock(dir);
    try {
      if (Database.of(environment).sqlite()) {
        refuseNewerDatabase(dir.resolve("exemplar.db"));
      } else {
        refuseNewerDatabase(environment);
      }
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
    application.addInitializers(
        (ConfigurableApplicationContext context) ->
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean(LOCK_BEAN, lock::close));
    application.addListeners((ApplicationListener<ApplicationFailedEvent>) event -> lock.close());
  }

  private static DataFolderLock lock(Path dir) {
    Optional<DataFolderLock> lock;
    try {
      lock = DataFolderLock.tryAcquire(dir);
    } catch (IOException e) {
      throw new StartupRefusedException(
          StartupTexts.both("storage.refused.create", dir, e.getMessage()),
          StartupTexts.both("storage.refused.unwritable.fix", dir));
    }
    return lock.orElseThrow(
        () ->
            new StartupRefusedException(
                StartupTexts.both("storage.refused.in-use", dir, dir.resolve(DataFolderLock.FILE)),
                StartupTexts.both("storage.refused.in-use.fix", dir)));
  }

  /** The same on PostgreSQL: its history read once, read-only, before the pool opens. */
  static void refuseNewerDatabase(ConfigurableEnvironment environment) {
    String url = environment.getProperty(Database.URL, "").strip();
    Optional<MigrationVersion> recorded;
    try {
      recorded =
          SchemaVersions.recorded(
              url,
              environment.getProperty("exemplar.database.user", ""),
              environment.getProperty("exemplar.database.password", ""));
      // (an empty user or password leaves the URL's own, as the pool does)
    } catch (SQLException e) {
      throw new StartupRefusedException(
          StartupTexts.both("storage.refused.unreachable", Database.shown(url), e.getMessage()),
          StartupTexts.both("storage.refused.unreachable.fix"));
    }
    MigrationVersion bundled = SchemaVersions.bundled(Database.POSTGRESQL);
    if (recorded.isPresent() && recorded.get().compareTo(bundled) > 0) {
      throw new StartupRefusedException(
          StartupTexts.both(
              "storage.refused.newer",
              Database.shown(url),
              SchemaVersions.show(recorded.get()),
              SchemaVersions.show(bundled)),
          StartupTexts.both("storage.refused.newer.pg.fix"));
    }
  }

  /** Flyway would ignore migrations it does not know and start on a schema it misreads. */
  static void refuseNewerDatabase(Path database) {
    Optional<MigrationVersion> recorded;
    try {
      recorded = SchemaVersions.recorded(database);
    } catch (SQLException e) {
      throw new StartupRefusedException(
          StartupTexts.both("storage.refused.unreadable", database, e.getMessage()),
          StartupTexts.both("storage.refused.unreadable.fix", database));
    }
    MigrationVersion bundled = SchemaVersions.bundled();
    if (recorded.isPresent() && recorded.get().compareTo(bundled) > 0) {
      throw new StartupRefusedException(
          StartupTexts.both(
              "storage.refused.newer",
              database,
              SchemaVersions.show(recorded.get()),
              SchemaVersions.show(bundled)),
          StartupTexts.both("storage.refused.newer.fix"));
    }
  }
}
