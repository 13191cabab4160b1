package vn.exemplarbot.plan;

import java.io.IOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.plan.internal.PlanRows;
import vn.exemplarbot.roster.Person;

/**
 * Files a confirmed plan with the Office: the next version of the division's plan for the cycle
 * (earlier ones stay), late if at or after the deadline; audited, and the Office told.
 */
@Component
class PlanFiling {

  private static final Logger log = LoggerFactory.getLogger(PlanFiling.class);

  private final PlanRows rows;
  private final PlanFiles files;
  private final PlanPrompts prompts;
  private final PlanNotices notices;
  private final AuditLog audit;

  PlanFiling(
      PlanRows rows, PlanFiles files, PlanPrompts prompts, PlanNotices notices, AuditLog audit) {
    this.rows = rows;
    this.files = files;
    this.prompts = prompts;
    this.notices = notices;
    this.audit = audit;
  }

  void file(Turn turn, Person by, PlanDraft draft, Instant now) {
    int year = prompts.year();
    String code = draft.division();
    int version = rows.nextVersion(year, code);
    boolean late = PlanDates.late(now, prompts.due());
    PlanFiles.Stored stored = null;
    if (draft.fileId() != null) {
      try {
        stored = files.store(year, code, version, draft);
      } catch (IOException e) {
        log.warn("Could not download the plan of {}: {}", code, e.getMessage());
        turn.show(turn.text("plan.refused.download", draft.fileName()), Markup.NONE);
        return;
      }
    }
    DivisionPlan plan =
        new DivisionPlan(
            0,
            year,
            code,
            version,
            by.id(),
            now,
            late,
            draft.body(),
            draft.fileId(),
            stored == null ? null : stored.path(),
            draft.fileName(),
            draft.mimeType(),
            stored == null ? 0 : stored.size());
    rows.insert(plan);
    audit.record(by.id(), "plan-filed", code + ":" + year, "v" + version + (late ? " late" : ""));
    notices.filed(plan, by);
    String name = notices.divisionName(code);
    turn.show(
        turn.text(late ? "plan.filed.late" : "plan.filed", name, "" + year, version), Markup.NONE);
  }
}
