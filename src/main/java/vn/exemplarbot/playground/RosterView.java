package vn.exemplarbot.playground;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Roster;

/** The roster as the page's person picker shows it, and the announcement group. */
@Component
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class RosterView {

  /** A person to act as: name, division, roles in words, registered or not. */
  record PersonView(
      String id,
      String name,
      String division,
      String roles,
      boolean registered,
      boolean canRegister) {}

  record GroupView(long chatId, String title) {}

  private final Directory directory;
  private final Accounts accounts;
  private final Texts texts;

  RosterView(Directory directory, Accounts accounts, Texts texts) {
    this.directory = directory;
    this.accounts = accounts;
    this.texts = texts;
  }

  List<PersonView> people() {
    Roster roster = directory.roster();
    return roster.people().stream().map(p -> person(roster, p)).toList();
  }

  GroupView group() {
    Long id = directory.settings().announceChatId();
    if (id == null || id >= 0) {
      return null;
    }
    return new GroupView(id, texts.get(Texts.VI, "sandbox.group.title"));
  }

  private PersonView person(Roster roster, Person p) {
    String division = roster.division(p.divisionCode()).map(d -> d.name()).orElse("");
    String roles =
        p.roles().stream()
            .filter(r -> r != Role.STAFF || p.roles().size() == 1)
            .map(r -> texts.get(Texts.VI, "sandbox.role." + r.yamlName()))
            .collect(Collectors.joining(", "));
    boolean registered = accounts.registeredChat(p.id()).isPresent();
    return new PersonView(
        p.id(), p.name(), division, roles, registered, SandboxPeople.canRegister(p));
  }
}
