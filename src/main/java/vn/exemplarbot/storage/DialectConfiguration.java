package vn.exemplarbot.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Our dialect for the database at hand, as a bean (Spring Boot's own resolution would take the
 * library's PostgreSQL dialect, which writes instants as timestamps, before ours).
 */
@Configuration(proxyBeanMethods = false)
class DialectConfiguration {

  @Bean
  JdbcDialect jdbcDialect(NamedParameterJdbcOperations operations) {
    return new SqliteDialectProvider()
        .getDialect(operations.getJdbcOperations())
        .map(JdbcDialect.class::cast)
        .orElseThrow(
            () -> new IllegalStateException("the bot runs on SQLite or PostgreSQL, nothing else"));
  }
}
