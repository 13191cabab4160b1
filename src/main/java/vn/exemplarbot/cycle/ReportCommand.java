package vn.exemplarbot.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.storage.DataFiles;

/**
 * {@code /report [year]} (council secretary, director): the cycle as an {@code .xlsx} for the
 * provincial board, kept under {@code <data>/reports/<year>/} (each request its own file, so an
 * earlier report is never overwritten) and sent as a document; on PostgreSQL kept in the database
 * too ({@link DataFiles}).
 */
@Component
class ReportCommand implements CommandHandler {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Snapshots snapshots;
  private final CycleYears years;
  private final ReportBook book;
  private final AuditLog audit;
  private final Clock clock;
  private final DataFiles files;

  ReportCommand(
      Snapshots snapshots,
      CycleYears years,
      ReportBook book,
      AuditLog audit,
      Clock clock,
      DataFiles files) {
    this.snapshots = snapshots;
    this.years = years;
    this.book = book;
    this.audit = audit;
    this.clock = clock;
    this.files = files;
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
    String relative = keep(s.year(), now, book.render(turn, s, now));
    audit.record(person.get().id(), "cycle-report", "" + s.year(), relative);
    String name = "Bao-cao-thi-dua-" + s.year() + ".xlsx";
    String caption = turn.text("cycle.report.caption", "" + s.year());
    turn.reply(new Message.Document(relative, name, caption));
  }

  /**
   * Writes the report under a name of its own (a second report in the same second gets a suffix),
   * so the file an earlier message points to is never overwritten before it is sent; a name kept
   * only in the database (PostgreSQL, the folder a cache) counts as taken too.
   */
  private String keep(int year, Instant now, byte[] bytes) {
    String stamp = STAMP.format(LocalDateTime.ofInstant(now, Zones.LOCAL));
    for (int n = 1; ; n++) {
      String relative =
          "reports/" + year + "/bao-cao-" + year + "-" + stamp + (n == 1 ? "" : "-" + n) + ".xlsx";
      if (!files.exists(relative) && written(files.path(relative), bytes)) {
        files.keep(files.path(relative));
        return relative;
      }
    }
  }

  /** False when the name is taken. */
  private static boolean written(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
      return true;
    } catch (FileAlreadyExistsException taken) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the report at " + file, e);
    }
  }
}
