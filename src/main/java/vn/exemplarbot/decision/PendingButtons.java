package vn.exemplarbot.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.BallotCandidates;
import vn.exemplarbot.nomination.DecisionSubjects.Subject;
import vn.exemplarbot.roster.Person;

/**
 * The buttons of {@code /pending}: {@code Công nhận} and {@code Không công nhận} lead to the same
 * steps as {@code /approve} and {@code /reject}; {@code Xem hồ sơ} sends the dossier; {@code Xác
 * nhận} acknowledges a ballot that passed nothing. The sender must be a director now.
 */
@Component
class PendingButtons implements ButtonHandler {

  static final String KIND = "dpend";

  private final Deciding deciding;
  private final ApproveCommand approve;
  private final RejectCommand reject;
  private final BallotCandidates dossiers;
  private final Publication publication;

  PendingButtons(
      Deciding deciding,
      ApproveCommand approve,
      RejectCommand reject,
      BallotCandidates dossiers,
      Publication publication) {
    this.deciding = deciding;
    this.approve = approve;
    this.reject = reject;
    this.dossiers = dossiers;
    this.publication = publication;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> director = Director.of(turn);
    Optional<Long> id = data.args().size() == 2 ? data.longArg(1) : Optional.empty();
    if (director.isEmpty()) {
      return;
    }
    if (id.isEmpty()) {
      turn.alert("decision.stale");
      return;
    }
    switch (data.arg(0)) {
      case "view" -> {
        if (!dossiers.showDossier(turn, id.get())) {
          turn.alert("decision.stale");
        }
      }
      case "app" -> decidable(turn, id.get()).ifPresent(s -> approve.ask(turn, List.of(s.id())));
      case "rej" -> decidable(turn, id.get()).ifPresent(s -> reject.askReason(turn, s));
      case "ack" -> acknowledge(turn, director.get(), id.get());
      default -> turn.alert("decision.stale");
    }
  }

  private Optional<Subject> decidable(Turn turn, long nominationId) {
    Optional<Subject> s = deciding.subject(nominationId);
    Optional<String> refusal = s.flatMap(deciding::refusal);
    if (s.isEmpty() || refusal.isPresent()) {
      turn.alert(refusal.orElse("decision.stale"), s.map(Subject::code).orElse(""));
      return Optional.empty();
    }
    return s;
  }

  private void acknowledge(Turn turn, Person director, long ballotId) {
    if (!publication.acknowledge(director.id(), ballotId)) {
      turn.alert("decision.stale");
      return;
    }
    turn.show(turn.text("decision.acknowledged", ballotId), Markup.NONE);
  }
}
