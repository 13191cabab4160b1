package vn.exemplarbot.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the PostgreSQL server writes the bot's statements with their parameters into its own log,
 * which the bot does not control: read at start ({@code SHOW}), warned in the log (the settings
 * only, never a value) and shown in {@code /admin}. On SQLite there is no such log.
 */
@Component
public class StatementLogging implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(StatementLogging.class);

  private final JdbcClient jdbc;
  private final boolean postgresql;
  private volatile List<String> found = List.of();

  StatementLogging(JdbcClient jdbc, Environment environment) {
    this.jdbc = jdbc;
    this.postgresql = !Database.of(environment).sqlite();
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!postgresql) {
      return;
    }
    found = offending(settings());
    if (!found.isEmpty()) {
      log.warn(StartupTexts.both("storage.statement-log", String.join(", ", found)));
    }
  }

  /** The server settings that make it log statements with parameters, empty when none do. */
  public Optional<String> warning() {
    return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
  }

  /** Which of these settings log statements with their parameters. */
  static List<String> offending(Map<String, String> s) {
    List<String> out = new ArrayList<>();
    if (!"0".equals(s.getOrDefault("log_parameter_max_length", "-1"))) {
      if (List.of("mod", "all").contains(s.getOrDefault("log_statement", "none"))) {
        out.add("log_statement=" + s.get("log_statement"));
      }
      for (String name : List.of("log_min_duration_statement", "log_min_duration_sample")) {
        if (!s.getOrDefault(name, "-1").startsWith("-1")) {
          out.add(name + "=" + s.get(name));
        }
      }
      if (!s.getOrDefault("log_transaction_sample_rate", "0").matches("0(\\.0*)?")) {
        out.add("log_transaction_sample_rate=" + s.get("log_transaction_sample_rate"));
      }
      if (!out.isEmpty()) {
        out.add("log_parameter_max_length=" + s.getOrDefault("log_parameter_max_length", "-1"));
      }
    }
    String onError = s.getOrDefault("log_parameter_max_length_on_error", "0");
    if (!"0".equals(onError)) {
      out.add("log_parameter_max_length_on_error=" + onError);
    }
    return out;
  }

  private Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT name, setting FROM pg_settings WHERE name IN ('log_statement',"
                + " 'log_min_duration_statement', 'log_min_duration_sample',"
                + " 'log_transaction_sample_rate', 'log_parameter_max_length',"
                + " 'log_parameter_max_length_on_error')")
        .query((rs, n) -> settings.put(rs.getString(1), rs.getString(2)))
        .list();
    return settings;
  }
}
