package vn.exemplarbot.decision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Role;

/**
 * {@code /number N-3 15/QĐ-SNgV 05/01/2027} (office clerk): registers the official number and date
 * of the decision that recognises N-3, as written in the office register; the numbered decision is
 * made again and sent. The number must read {@code <n>/QĐ-<short-name>} and be unused in the year
 * of its date; a decision is numbered once.
 */
@Component
class NumberCommand implements CommandHandler {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final DecisionSubjects subjects;
  private final DecisionRows rows;
  private final Issuing issuing;
  private final Directory directory;
  private final Publication publication;

  NumberCommand(
      DecisionSubjects subjects,
      DecisionRows rows,
      Issuing issuing,
      Directory directory,
      Publication publication) {
    this.subjects = subjects;
    this.rows = rows;
    this.issuing = issuing;
    this.directory = directory;
    this.publication = publication;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("number", "command.number", Role.OFFICE_CLERK);
  }

  @Override
  public void handle(Turn turn, String args) {
    String shortName = directory.roster().organization().shortName();
    String[] parts = args == null ? new String[0] : args.strip().split("\\s+");
    if (turn.person().filter(p -> p.has(Role.OFFICE_CLERK)).isEmpty()) {
      turn.reply("decision.clerk-only");
      return;
    }
    if (parts.length != 3) {
      turn.reply("decision.number.usage", shortName);
      return;
    }
    Optional<DecisionRows.Decision> decision =
        subjects.byCode(parts[0]).flatMap(s -> rows.decisionOf(s.id()));
    Optional<LocalDate> date = date(parts[2]);
    String number = parts[1].replace("QD-", "QĐ-").replace("qđ-", "QĐ-");
    if (decision.isEmpty()) {
      turn.reply("decision.number.no-decision", parts[0]);
    } else if (!Pattern.matches("[1-9]\\d{0,4}/QĐ-" + Pattern.quote(shortName), number)) {
      turn.reply("decision.number.bad-number", parts[1], shortName);
    } else if (date.isEmpty()) {
      turn.reply("decision.number.bad-date", parts[2]);
    } else {
      register(turn, decision.get(), number, date.get());
    }
  }

  private void register(Turn turn, DecisionRows.Decision d, String number, LocalDate on) {
    String clerk = turn.person().orElseThrow().id();
    String codes = String.join(", ", issuing.codes(d.id()));
    switch (issuing.register(clerk, d.id(), number, on)) {
      case NUMBERED -> {
        turn.reply("decision.number.done", number, codes);
        publication.publishReady();
      }
      case ALREADY_NUMBERED -> turn.reply("decision.number.already", codes, d.number());
      case NUMBER_USED -> turn.reply("decision.number.used", number, String.valueOf(on.getYear()));
    }
  }

  private static Optional<LocalDate> date(String typed) {
    try {
      return Optional.of(LocalDate.parse(typed, DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
