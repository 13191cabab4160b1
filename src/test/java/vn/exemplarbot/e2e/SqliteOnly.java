package vn.exemplarbot.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A test of what only the SQLite file has (its files on disk, its write-ahead log, the ballot's
 * design that rests on them): skipped, with the reason, when the suite runs on PostgreSQL ({@code
 * EXEMPLAR_TEST_DATABASE_URL}), and run as usual otherwise.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SqliteOnly.Condition.class)
public @interface SqliteOnly {

  /** Why it cannot run on PostgreSQL. */
  String value();

  /** The condition behind the annotation. */
  final class Condition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (!TestDatabase.postgres()) {
        return ConditionEvaluationResult.enabled("on SQLite");
      }
      return context
          .getElement()
          .flatMap(e -> AnnotationSupport.findAnnotation(e, SqliteOnly.class))
          .map(a -> ConditionEvaluationResult.disabled("SQLite only: " + a.value()))
          .orElse(ConditionEvaluationResult.enabled("no @SqliteOnly here"));
    }
  }
}
