package vn.exemplarbot.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * With {@code EXEMPLAR_DATABASE_URL} (a {@code jdbc:postgresql://…} URL, several hosts allowed),
 * {@code EXEMPLAR_DATABASE_USER} and {@code EXEMPLAR_DATABASE_PASSWORD}: the pool, the driver and
 * the migrations of PostgreSQL instead of the SQLite file's ({@code application.yml}). Several
 * connections ({@code EXEMPLAR_DATABASE_POOL_SIZE}, default 8) where SQLite's one writer has one.
 * Only the command line outranks these.
 */
public final class DatabaseSettings implements EnvironmentPostProcessor, Ordered {

  static final String SOURCE = "exemplarDatabase";

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 10;
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Database database = Database.of(environment);
    if (database.sqlite()) {
      return;
    }
    // Several instances may share this database: the lease's settings are refused now, with the
    // fix, rather than as a bean that cannot be created.
    LeaseSettings lease = LeaseSettings.of(environment);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", environment.getProperty(Database.URL).strip());
    settings.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    // Unset ones stay unset: the URL may carry them (?user=…), and an empty one would override it.
    String user = environment.getProperty("exemplar.database.user", "");
    if (!user.isBlank()) {
      settings.put("spring.datasource.username", user);
    }
    String password = environment.getProperty("exemplar.database.password", "");
    if (!password.isEmpty()) {
      settings.put("spring.datasource.password", password);
    }
    settings.put(
        "spring.datasource.hikari.maximum-pool-size",
        environment.getProperty("exemplar.database.pool-size", "8"));
    settings.put("spring.datasource.hikari.pool-name", "postgresql");
    // Transactions side by side come out as if run one after the other, as on SQLite's one writer;
    // those that meet are run again (ContentionRetry).
    settings.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_SERIALIZABLE");
    // Named by instance, so that a standby taking over can end a stopped holder's sessions (Lease).
    settings.put(
        "spring.datasource.hikari.connection-init-sql",
        "SET application_name = '" + lease.applicationName() + "'");
    settings.put("spring.flyway.locations", database.migrations());
    MutablePropertySources sources = environment.getPropertySources();
    MapPropertySource ours = new MapPropertySource(SOURCE, settings);
    if (sources.contains("commandLineArgs")) {
      sources.addAfter("commandLineArgs", ours);
    } else {
      sources.addFirst(ours);
    }
  }
}
