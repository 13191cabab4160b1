package vn.exemplarbot.plan;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * Tells the office clerks and the council secretaries of a filed plan (not whoever filed it, who
 * was answered already): the file itself with a caption, or the typed text.
 */
@Component
class PlanNotices {

  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;
  private final Directory directory;

  PlanNotices(Outbox outbox, Accounts accounts, Texts texts, Directory directory) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
    this.directory = directory;
  }

  void filed(DivisionPlan plan, Person by) {
    for (String personId : office(by)) {
      String lang = accounts.language(personId);
      String head =
          texts.get(
              lang,
              plan.late() ? "plan.notice.late" : "plan.notice",
              divisionName(plan.division()),
              "" + plan.cycleYear(),
              plan.version(),
              by.name(),
              PlanDates.moment(plan.filedAt()));
      if (plan.isFile()) {
        outbox.toPerson(personId, new Message.Document(plan.path(), plan.fileName(), head));
      } else {
        outbox.toPerson(personId, new Message.Text(head + "\n\n" + plan.body()));
      }
    }
  }

  String divisionName(String code) {
    return directory.roster().division(code).map(d -> d.name()).orElse(code);
  }

  private Set<String> office(Person by) {
    Set<String> ids = new LinkedHashSet<>();
    directory.roster().withRole(Role.OFFICE_CLERK).forEach(p -> ids.add(p.id()));
    directory.roster().withRole(Role.COUNCIL_SECRETARY).forEach(p -> ids.add(p.id()));
    ids.remove(by.id());
    return ids;
  }
}
