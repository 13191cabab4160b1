package vn.exemplarbot.website;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.exemplarbot.decision.CertificateReissued;
import vn.exemplarbot.decision.ExemplarsPublished;
import vn.exemplarbot.decision.RecognitionRevoked;
import vn.exemplarbot.roster.ConfigReloaded;
import vn.exemplarbot.storage.LeaseTaken;
import vn.exemplarbot.storage.PublicChanges;

/**
 * When the export is regenerated: at start (so the folder and a page saying none are published yet
 * exist from the first run) and after every change to what is public.
 *
 * <p>Those changes are published inside the transaction that makes them, and the listeners of other
 * modules run synchronously in it. The export, though, is files outside the database: written
 * before the commit, a rollback would leave public what never happened (an exemplar whose ballot
 * was not in fact published). So it waits for the commit ({@code AFTER_COMMIT}) and reads the
 * committed rows then; a change made without a transaction ({@code /reload}) regenerates at once
 * ({@code fallbackExecution}). Each regeneration is counted for the standbys ({@link
 * StandbyExport}). A failure is logged, never thrown: the change itself has committed, and the next
 * change or start writes the export again.
 */
@Component
class ExportTriggers {

  private static final Logger log = LoggerFactory.getLogger(ExportTriggers.class);

  private final SiteExport export;
  private final PublicChanges changes;

  ExportTriggers(SiteExport export, PublicChanges changes) {
    this.export = export;
    this.changes = changes;
  }

  /** An instance that takes over writes the export from what the former active made public. */
  @EventListener
  void on(LeaseTaken event) {
    if (event.takeover()) {
      regenerate("took over the lease, epoch " + event.epoch());
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    regenerate("start");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ExemplarsPublished event) {
    regenerate("ballot " + event.ballotId() + " published");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(RecognitionRevoked event) {
    regenerate("nomination " + event.nominationId() + " revoked");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(CertificateReissued event) {
    regenerate("nomination " + event.nominationId() + " reissued");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ConfigReloaded event) {
    regenerate("configuration reloaded");
  }

  private void regenerate(String why) {
    try {
      export.regenerate();
      // Standbys regenerate their copy when they see this count move (StandbyExport).
      changes.counted();
    } catch (RuntimeException e) {
      log.error("Website export not regenerated ({}): {}", why, e.toString(), e);
    }
  }
}
