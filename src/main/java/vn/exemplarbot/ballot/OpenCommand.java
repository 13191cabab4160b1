package vn.exemplarbot.ballot;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.ballot.internal.BoxCipher;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.nomination.BallotCandidates;
import vn.exemplarbot.roster.BallotRules;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /ballot_open} (council secretary): the appraised dossiers it will cover and the rules that
 * will apply, then {@code Xác nhận} ({@code bopen}) opens it. One ballot may be open at a time.
 */
@Component
class OpenCommand implements CommandHandler, ButtonHandler {

  private final Directory directory;
  private final BallotCandidates candidates;
  private final BallotOpening opening;
  private final AuditLog audit;
  private final Clock clock;

  /**
   * The box's secrecy rests on SQLite's files (rows filled in place, the log truncated, the file
   * rewritten), or, on PostgreSQL, which keeps old row versions, transaction ids and its
   * write-ahead log, on the ballot key: without one a ballot there is refused.
   */
  private final boolean secretHere;

  OpenCommand(
      Directory directory,
      BallotCandidates candidates,
      BallotOpening opening,
      AuditLog audit,
      Clock clock,
      BoxCipher cipher) {
    this.secretHere = cipher.ballotsPossible();
    this.directory = directory;
    this.candidates = candidates;
    this.opening = opening;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("ballot_open", "command.ballot_open", Role.COUNCIL_SECRETARY);
  }

  @Override
  public String kind() {
    return "bopen";
  }

  @Override
  public void handle(Turn turn, String args) {
    if (!secretHere) {
      turn.reply("ballot.open.postgresql");
      return;
    }
    Optional<Ballot> open = opening.current();
    List<BallotCandidates.Candidate> appraised = candidates.appraised();
    int members = directory.roster().withRole(Role.COUNCIL_MEMBER).size();
    if (open.isPresent()) {
      turn.reply("ballot.open.already", open.get().id(), MemberCards.time(open.get().closesAt()));
    } else if (appraised.isEmpty()) {
      turn.reply("ballot.open.nothing");
    } else if (members == 0) {
      turn.reply("ballot.open.no-members");
    } else {
      turn.show(preview(turn, appraised, members), buttons(turn));
    }
  }

  private String preview(Turn turn, List<BallotCandidates.Candidate> appraised, int members) {
    StringBuilder list = new StringBuilder();
    for (BallotCandidates.Candidate c : appraised) {
      list.append("\n• ")
          .append(turn.text("ballot.open.line", c.code(), c.nominee(), c.division()));
    }
    BallotRules r = directory.settings().ballot();
    Instant closes = clock.instant().plus(r.duration());
    return turn.text(
        "ballot.open.preview",
        appraised.size(),
        list.toString(),
        members,
        r.quorum().text(),
        r.passThreshold().text(),
        turn.text("ballot.base." + r.passBase().yamlName()),
        turn.text(r.allowAbstain() ? "ballot.yes" : "ballot.no"),
        turn.text(r.recuseSelf() ? "ballot.yes" : "ballot.no"),
        MemberCards.time(closes));
  }

  private static Markup buttons(Turn turn) {
    return Markup.Inline.row(
        new Button(turn.text("ballot.button.confirm"), CallbackData.of("bopen", "ok").encode()),
        new Button(turn.text("ballot.button.cancel"), CallbackData.of("bopen", "no").encode()));
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Person> secretary = turn.person().filter(p -> p.has(Role.COUNCIL_SECRETARY));
    if (secretary.isEmpty()) {
      turn.alert("ballot.secretary-only");
    } else if (!data.args().equals(List.of("ok"))) {
      turn.show(turn.text("ballot.kept"), Markup.NONE);
    } else if (!secretHere) {
      turn.alert("ballot.open.postgresql");
    } else {
      Optional<Ballot> opened = opening.open(directory, secretary.get(), clock.instant());
      if (opened.isEmpty()) {
        turn.alert("ballot.open.refused");
        return;
      }
      Ballot b = opened.get();
      audit.record(secretary.get().id(), "ballot-opened", BallotEnd.subject(b), null);
      turn.show(turn.text("ballot.opened", b.id(), MemberCards.time(b.closesAt())), Markup.NONE);
    }
  }
}
