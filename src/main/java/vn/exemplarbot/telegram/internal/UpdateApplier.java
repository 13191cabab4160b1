package vn.exemplarbot.telegram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.exemplarbot.conversation.Answer;
import vn.exemplarbot.conversation.Dispatcher;
import vn.exemplarbot.conversation.Incoming;
import vn.exemplarbot.storage.Contention;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.telegram.internal.Inbox.RawUpdate;

/**
 * Applies updates in groups, one transaction per group and a savepoint per update: SQLite writes
 * its pages once per commit, so a group costs little more than one update. An update that fails is
 * rolled back to its savepoint and set aside (its sender told); if the group itself cannot commit,
 * its updates are applied again one transaction each. Either way each is applied once. A failure of
 * the storage itself (full, read-only, locked) sets nothing aside: the whole group is tried again.
 * Nor does a group that met another transaction on PostgreSQL ({@link Contention}): the template
 * runs it again from its start.
 */
final class UpdateApplier {

  private static final Logger log = LoggerFactory.getLogger(UpdateApplier.class);

  private final Inbox inbox;
  private final Dispatcher dispatcher;
  private final TransactionTemplate transactions;
  private final TransactionTemplate savepoints;
  private final FailureReplies failures;

  UpdateApplier(
      Inbox inbox,
      Dispatcher dispatcher,
      TransactionTemplate transactions,
      FailureReplies failures) {
    this.inbox = inbox;
    this.dispatcher = dispatcher;
    this.transactions = transactions;
    this.savepoints = new TransactionTemplate(transactions.getTransactionManager());
    savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.failures = failures;
  }

  /** What became of an update. */
  enum Outcome {
    APPLIED("applied"),
    SET_ASIDE("set-aside"),
    DUPLICATE("duplicate"),
    UNREADABLE("unreadable");

    private final String word;

    Outcome(String word) {
      this.word = word;
    }

    String word() {
      return word;
    }
  }

  /**
   * An update committed: what became of it, what it was (when it could be read), the answer owed to
   * it if it was a press, and how long applying it took (nanoseconds, the commit not counted).
   */
  record Applied(
      RawUpdate raw,
      Optional<Answer> answer,
      Outcome outcome,
      Optional<Incoming> incoming,
      long nanos) {}

  List<Applied> applyGroup(List<RawUpdate> group, Function<RawUpdate, Optional<Incoming>> reader) {
    try {
      return transactions.execute(
          tx -> {
            List<Applied> applied = new ArrayList<>(group.size());
            for (RawUpdate raw : group) {
              applied.add(applyInSavepoint(raw, reader));
            }
            return applied;
          });
    } catch (RuntimeException e) {
      rethrowStorageFault(e);
      log.warn("A group of updates could not commit ({}); applying them one by one", name(e));
      List<Applied> applied = new ArrayList<>(group.size());
      for (RawUpdate raw : group) {
        applied.add(applyAlone(raw, reader));
      }
      return applied;
    }
  }

  private Applied applyInSavepoint(RawUpdate raw, Function<RawUpdate, Optional<Incoming>> reader) {
    long started = System.nanoTime();
    Optional<Incoming> incoming = reader.apply(raw);
    try {
      return savepoints.execute(tx -> apply(raw, incoming, started));
    } catch (RuntimeException e) {
      rethrowStorageFault(e);
      logFailure(raw, e);
      return setAside(raw, failures.setAside(raw, incoming), incoming, started);
    }
  }

  private Applied applyAlone(RawUpdate raw, Function<RawUpdate, Optional<Incoming>> reader) {
    long started = System.nanoTime();
    Optional<Incoming> incoming = reader.apply(raw);
    try {
      return transactions.execute(tx -> apply(raw, incoming, started));
    } catch (RuntimeException e) {
      rethrowStorageFault(e);
      logFailure(raw, e);
      try {
        return setAside(
            raw, transactions.execute(tx -> failures.setAside(raw, incoming)), incoming, started);
      } catch (RuntimeException again) {
        log.error("Update {} could not be set aside: {}", raw.updateId(), name(again));
        transactions.executeWithoutResult(tx -> inbox.handled(raw.updateId(), true));
        return setAside(raw, Optional.empty(), incoming, started);
      }
    }
  }

  private Applied apply(RawUpdate raw, Optional<Incoming> incoming, long started) {
    if (!inbox.handled(raw.updateId(), false)) {
      return new Applied(
          raw, Optional.empty(), Outcome.DUPLICATE, incoming, System.nanoTime() - started);
    }
    if (incoming.isEmpty()) {
      return new Applied(
          raw, Optional.empty(), Outcome.UNREADABLE, incoming, System.nanoTime() - started);
    }
    Optional<Answer> answer = dispatcher.dispatch(incoming.get());
    return new Applied(raw, answer, Outcome.APPLIED, incoming, System.nanoTime() - started);
  }

  private static Applied setAside(
      RawUpdate raw, Optional<Answer> answer, Optional<Incoming> incoming, long started) {
    return new Applied(raw, answer, Outcome.SET_ASIDE, incoming, System.nanoTime() - started);
  }

  /**
   * The database full, read-only or locked is no fault of the update: nothing is set aside, the
   * group rolls back whole and is applied again once the database can be written.
   */
  private static void rethrowStorageFault(RuntimeException e) {
    if (StorageWatch.fault(e).isPresent() || Contention.is(e) || Lease.fenced(e)) {
      throw e;
    }
  }

  /** The class and the frame, never the message: it could carry what a person typed. */
  private static void logFailure(RawUpdate raw, RuntimeException e) {
    log.error(
        "Update {} failed and is set aside: {} at {}",
        raw.updateId(),
        name(e),
        e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
  }

  private static String name(Throwable e) {
    return e.getClass().getName();
  }
}
