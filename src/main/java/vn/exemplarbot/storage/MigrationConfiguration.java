package vn.exemplarbot.storage;

import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates at start as before, except when {@link SchemaCheck} finds the database holding
 * exactly the bundled migrations: then there is nothing for it to do, and its validation of the
 * same (most of a second of the start) is skipped. Whatever the check does not find exact goes to
 * {@code flyway.migrate()}, which validates first.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MigrationConfiguration.class);

  @Bean
  FlywayMigrationStrategy migrateUnlessUpToDate() {
    return flyway ->
        SchemaCheck.upToDate(flyway.getConfiguration())
            .ifPresentOrElse(
                bundled ->
                    log.info(
                        "Schema up to date at version {}: its {} migrations and their checksums"
                            + " match the bundled ones, nothing to migrate",
                        SchemaVersions.show(
                            bundled.keySet().stream()
                                .max(MigrationVersion::compareTo)
                                .orElseThrow()),
                        bundled.size()),
                flyway::migrate);
  }
}
