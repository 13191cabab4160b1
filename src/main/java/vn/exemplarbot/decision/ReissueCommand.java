package vn.exemplarbot.decision;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.internal.CertificateRows.Issued;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Role;

/**
 * {@code /reissue N-3} (office clerk, council secretary): the certificate issued again from the
 * roster as it is now ({@link Reissuing}). No {@code Xác nhận}: it changes no decision, and the
 * earlier file is kept.
 */
@Component
class ReissueCommand implements CommandHandler {

  private final DecisionSubjects subjects;
  private final Recognised recognised;
  private final Reissuing reissuing;

  ReissueCommand(DecisionSubjects subjects, Recognised recognised, Reissuing reissuing) {
    this.subjects = subjects;
    this.recognised = recognised;
    this.reissuing = reissuing;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles(
        "reissue", "command.reissue", Role.OFFICE_CLERK, Role.COUNCIL_SECRETARY);
  }

  @Override
  public void handle(Turn turn, String args) {
    String by =
        turn.person()
            .filter(p -> p.has(Role.OFFICE_CLERK) || p.has(Role.COUNCIL_SECRETARY))
            .map(p -> p.id())
            .orElse(null);
    String code = args == null ? "" : args.strip();
    if (by == null) {
      turn.reply("correction.reissue.not-allowed");
      return;
    }
    if (code.isEmpty() || code.contains(" ")) {
      turn.reply("correction.reissue.usage");
      return;
    }
    Optional<Subject> s = subjects.byCode(code);
    Optional<String> refusal = s.flatMap(recognised::refusal);
    if (s.isEmpty()) {
      turn.reply("decision.unknown-code", code);
    } else if (refusal.isPresent()) {
      turn.reply(refusal.get(), s.get().code());
    } else {
      Optional<Issued> c = reissuing.reissue(by, s.get());
      c.ifPresent(
          i -> turn.reply("correction.reissued", s.get().code(), s.get().name(), i.version()));
    }
  }
}
