package vn.exemplarbot.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.roster.Role;

/**
 * {@code /number N-3 15/QĐ-SNgV 05/01/2027} (office clerk): registers the official number and date
 * of the decision that recognises N-3, as written in the office register; the numbered decision is
 * made again and sent. The number must read {@code <n>/QĐ-<short-name>} and be unused in the year
 * of its date, the date within reason ({@link NumberEntry}); a decision is numbered once. The
 * clerk's notice of a new decision offers the same by buttons ({@link NumberButtons}).
 */
@Component
class NumberCommand implements CommandHandler {

  private final DecisionSubjects subjects;
  private final DecisionRows rows;
  private final Issuing issuing;
  private final NumberEntry entry;
  private final Publication publication;

  NumberCommand(
      DecisionSubjects subjects,
      DecisionRows rows,
      Issuing issuing,
      NumberEntry entry,
      Publication publication) {
    this.subjects = subjects;
    this.rows = rows;
    this.issuing = issuing;
    this.entry = entry;
    this.publication = publication;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("number", "command.number", Role.OFFICE_CLERK);
  }

  @Override
  public void handle(Turn turn, String args) {
    String[] parts = args == null ? new String[0] : args.strip().split("\\s+");
    if (turn.person().filter(p -> p.has(Role.OFFICE_CLERK)).isEmpty()) {
      turn.reply("decision.clerk-only");
      return;
    }
    if (parts.length != 3) {
      turn.reply("decision.number.usage", entry.shortName());
      return;
    }
    Optional<DecisionRows.Decision> decision =
        subjects.byCode(parts[0]).flatMap(s -> rows.decisionOf(s.id()));
    if (decision.isEmpty()) {
      turn.reply("decision.number.no-decision", parts[0]);
      return;
    }
    Optional<String> refusal = refusal(turn, parts[1], parts[2]);
    if (refusal.isPresent()) {
      turn.reply(new Message.Text(refusal.get()));
    } else {
      register(turn, decision.get(), entry.number(parts[1]).get(), entry.date(parts[2]).get());
    }
  }

  /** What is wrong with a typed number and date, said in the person's language; empty if none. */
  Optional<String> refusal(Turn turn, String number, String date) {
    Optional<LocalDate> on = entry.date(date);
    if (entry.number(number).isEmpty()) {
      return Optional.of(turn.text("decision.number.bad-number", number, entry.shortName()));
    } else if (on.isEmpty()) {
      return Optional.of(turn.text("decision.number.bad-date", date));
    } else if (!entry.reasonable(on.get())) {
      return Optional.of(turn.text("correction.number.far-date", date, NumberEntry.DAYS_AHEAD));
    }
    return Optional.empty();
  }

  List<String> codes(long decisionId) {
    return issuing.codes(decisionId);
  }

  /** Registers it and says what became of it (in place of the pressed message, on a press). */
  void register(Turn turn, DecisionRows.Decision d, String number, LocalDate on) {
    String clerk = turn.person().orElseThrow().id();
    String codes = String.join(", ", issuing.codes(d.id()));
    switch (issuing.register(clerk, d.id(), number, on)) {
      case NUMBERED -> {
        turn.show(turn.text("decision.number.done", number, codes), Markup.NONE);
        publication.publishReady();
      }
      case ALREADY_NUMBERED ->
          turn.show(turn.text("decision.number.already", codes, d.number()), Markup.NONE);
      case NUMBER_USED ->
          turn.show(
              turn.text("decision.number.used", number, String.valueOf(on.getYear())), Markup.NONE);
    }
  }
}
