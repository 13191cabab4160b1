package vn.exemplarbot.storage;

import org.springframework.core.env.PropertyResolver;

/**
 * The database the bot keeps its state in: the SQLite file in the data folder (the default), or
 * PostgreSQL when {@code EXEMPLAR_DATABASE_URL} names one. Each has its own migrations, which
 * create the same schema with types that mirror each other (epoch milliseconds as 64-bit integers,
 * flags as 0 and 1), so the code above them is one.
 */
public enum Database {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  /** {@code EXEMPLAR_DATABASE_URL}. */
  public static final String URL = "exemplar.database.url";

  private final String folder;

  Database(String folder) {
    this.folder = folder;
  }

  /** Where Flyway finds this database's migrations. */
  public String migrations() {
    return "classpath:db/migration/" + folder;
  }

  /** The pattern that lists them with a resource resolver. */
  String migrationPattern() {
    return "classpath*:db/migration/" + folder + "/V*__*.sql";
  }

  public boolean sqlite() {
    return this == SQLITE;
  }

  /** The database these settings choose; a URL of another kind is refused with the fix. */
  public static Database of(PropertyResolver settings) {
    String url = settings.getProperty(URL, "").strip();
    if (url.isEmpty()) {
      return SQLITE;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new StartupRefusedException(
        StartupTexts.both("storage.refused.url", shown(url)),
        StartupTexts.both("storage.refused.url.fix"));
  }

  /** A URL as it may be printed: any password or user info in it hidden. */
  public static String shown(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
  }
}
