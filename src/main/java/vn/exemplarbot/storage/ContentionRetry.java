package vn.exemplarbot.storage;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL every transaction is serializable (as SQLite's, whose one writer runs them one
 * after the other) and is run again from its start when it met another one ({@link Contention}): a
 * vote pressed while the ballot closes, or a reminder queued while the same chat's reply is
 * recorded, then come out as if one had run before the other. Only the outermost transaction is run
 * again: one joined to it fails with it and is run again inside it. On SQLite nothing is retried
 * here: its busy and locked states are storage faults, told and waited out elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class ContentionRetry {

  private static final Logger log = LoggerFactory.getLogger(ContentionRetry.class);

  /**
   * The template every module is given; on PostgreSQL it runs a transaction again on contention.
   */
  @Bean
  TransactionTemplate transactionTemplate(
      PlatformTransactionManager transactionManager, Environment environment) {
    return Database.of(environment).sqlite()
        ? new TransactionTemplate(transactionManager)
        : new Retrying(transactionManager);
  }

  /**
   * The same for methods marked {@link Transactional}: around Spring's own transaction advice, so
   * each attempt is a transaction of its own.
   */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  @Conditional(OnPostgresql.class)
  static Advisor contentionRetryAdvisor() {
    var pointcut =
        new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
            .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
    var advisor = new DefaultPointcutAdvisor(pointcut, new RetryingInterceptor());
    // Outside the transaction advice, which has the lowest precedence.
    advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    return advisor;
  }

  /**
   * {@code exemplar_transactions_retried_total}: how often contention made a transaction run again.
   */
  @Bean
  @Conditional(OnPostgresql.class)
  MeterBinder contentionMetrics() {
    return registry ->
        FunctionCounter.builder(
                "exemplar.transactions.retried", Contention.class, c -> Contention.retried())
            .description("Transactions run again after meeting another (PostgreSQL)")
            .register(registry);
  }

  static final class OnPostgresql implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !Database.of(context.getEnvironment()).sqlite();
    }
  }

  static boolean outermost() {
    return !TransactionSynchronizationManager.isActualTransactionActive();
  }

  static void retrying(int attempt, Throwable e, String what) {
    if (attempt == 1) {
      log.debug("{} met another transaction, running it again", what);
    } else if (attempt >= 3) {
      log.info("{} met other transactions {} times, running it again", what, attempt);
    }
    Contention.pauseBefore(attempt);
  }

  /** A template that runs the whole callback again on contention, when it began the transaction. */
  static final class Retrying extends TransactionTemplate {

    Retrying(PlatformTransactionManager transactionManager) {
      super(transactionManager);
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
      if (!outermost()) {
        return super.execute(action);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return super.execute(action);
        } catch (RuntimeException | Error e) {
          if (attempt >= Contention.ATTEMPTS || !Contention.is(e)) {
            throw e;
          }
          retrying(attempt, e, "A transaction");
        }
      }
    }
  }

  static final class RetryingInterceptor implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
      if (!outermost() || !(invocation instanceof ProxyMethodInvocation proxied)) {
        return invocation.proceed();
      }
      for (int attempt = 1; ; attempt++) {
        try {
          // A clone per attempt: an invocation that has run once runs no advice again.
          return proxied.invocableClone().proceed();
        } catch (Throwable e) {
          if (attempt >= Contention.ATTEMPTS || !Contention.is(e)) {
            throw e;
          }
          retrying(attempt, e, invocation.getMethod().getDeclaringClass().getSimpleName());
        }
      }
    }
  }
}
