package vn.exemplarbot.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * {@code /report [year]} (council secretary, director): the cycle as an {@code .xlsx} for the
 * provincial board, kept under {@code <data>/reports/<year>/} (each request its own file, so an
 * earlier report is never overwritten) and sent as a document.
 */
@Component
class ReportCommand implements CommandHandler {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Snapshots snapshots;
  private final CycleYears years;
  private final ReportBook book;
  private final AuditLog audit;
  private final Clock clock;
  private final Path dataDir;

  ReportCommand(
      Snapshots snapshots,
      CycleYears years,
      ReportBook book,
      AuditLog audit,
      Clock clock,
      @Value("${exemplar.data-dir}") Path dataDir) {
    this.snapshots = snapshots;
    this.years = years;
    this.book = book;
    this.audit = audit;
    this.clock = clock;
    this.dataDir = dataDir;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("report", "command.report", Role.COUNCIL_SECRETARY, Role.DIRECTOR);
  }

  @Override
  public void handle(Turn turn, String args) {
    Optional<Person> person = Access.of(turn);
    if (person.isEmpty()) {
      return;
    }
    Optional<Integer> year = years.parse(args);
    if (year.isEmpty()) {
      turn.reply("cycle.bad-year", "report");
      return;
    }
    Snapshot s = snapshots.of(year.get(), year.get() == years.current());
    if (!s.current() && s.empty()) {
      turn.reply("cycle.empty", "" + s.year());
      return;
    }
    Instant now = clock.instant();
    String relative =
        "reports/"
            + s.year()
            + "/bao-cao-"
            + s.year()
            + "-"
            + STAMP.format(LocalDateTime.ofInstant(now, Zones.LOCAL))
            + ".xlsx";
    keep(relative, book.render(turn, s, now));
    audit.record(person.get().id(), "cycle-report", "" + s.year(), relative);
    String name = "Bao-cao-thi-dua-" + s.year() + ".xlsx";
    turn.reply(
        new Message.Document(relative, name, turn.text("cycle.report.caption", "" + s.year())));
  }

  private void keep(String relative, byte[] bytes) {
    Path file = dataDir.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the report at " + file, e);
    }
  }
}
