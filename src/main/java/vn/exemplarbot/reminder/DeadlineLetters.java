package vn.exemplarbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.reminder.DeadlineWork.Owed;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/** The words of reminders and summaries, in each recipient's language, put in the outbox. */
@Component
class DeadlineLetters {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;
  private final Directory directory;

  DeadlineLetters(Outbox outbox, Accounts accounts, Texts texts, Directory directory) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
    this.directory = directory;
  }

  void remind(String personId, DeadlineWork work, LocalDateTime due, List<Owed> owed) {
    String lang = accounts.language(personId);
    StringBuilder items = new StringBuilder();
    Set<String> commands = new LinkedHashSet<>();
    for (Owed o : owed) {
      items.append("\n• ").append(texts.get(lang, o.itemKey(), o.args().toArray()));
      commands.add(o.commandOr(work.command()));
    }
    String text =
        texts.get(
            lang,
            "deadline.reminder",
            texts.get(lang, work.whatKey()),
            byWhen(lang, due),
            items.toString(),
            String.join(", ", commands));
    outbox.toPerson(personId, new Message.Text(text));
  }

  /**
   * To each council secretary: the reminder of this moment was not sent on time and is not sent
   * late; who still has work, and how many.
   */
  void missed(
      DeadlineWork work, LocalDateTime due, LocalDateTime moment, int people, long hoursLate) {
    for (Person secretary : directory.roster().withRole(Role.COUNCIL_SECRETARY)) {
      String lang = accounts.language(secretary.id());
      String text =
          texts.get(
              lang,
              "deadline.missed",
              texts.get(lang, work.whatKey()),
              byWhen(lang, due),
              TIME.format(moment) + " " + DAY.format(moment.toLocalDate()),
              hoursLate,
              people,
              work.command());
      outbox.toPerson(secretary.id(), new Message.Text(text));
    }
  }

  void summary(
      String personId, DeadlineWork work, LocalDateTime due, List<Owed> owed, Instant now) {
    String lang = accounts.language(personId);
    SummaryLines.Lines lines =
        new SummaryLines(directory.roster())
            .of(owed, o -> texts.get(lang, o.itemKey(), o.args().toArray()));
    long days = ChronoUnit.DAYS.between(Deadlines.local(now).toLocalDate(), due.toLocalDate());
    String text =
        texts.get(
            lang,
            "deadline.summary",
            texts.get(lang, work.whatKey()),
            byWhen(lang, due),
            days,
            lines.text(),
            lines.people());
    outbox.toPerson(personId, new Message.Text(text));
  }

  /**
   * "trước ngày 15/12/2026" for a deadline at midnight, "trước 17:00 ngày 15/12/2026" otherwise.
   */
  String byWhen(String lang, LocalDateTime due) {
    LocalDate day = due.toLocalDate();
    if (due.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return texts.get(lang, "deadline.by-day", DAY.format(day));
    }
    return texts.get(lang, "deadline.by-time", TIME.format(due), DAY.format(day));
  }
}
