package vn.exemplarbot.playground;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.exemplarbot.audit.AuditEntry;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.roster.Roster;

/**
 * The guided tour: the cycle step by step, each with who to pick and what to do, ticked when the
 * bot's own audit log shows it happened (the log carries who voted, never how).
 */
@Component
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class TourProgress {

  /** One step of the tour. */
  record Step(String key, String text, boolean done) {}

  private final AuditLog audit;
  private final Directory directory;
  private final SandboxHost host;
  private final Texts texts;

  TourProgress(AuditLog audit, Directory directory, SandboxHost host, Texts texts) {
    this.audit = audit;
    this.directory = directory;
    this.host = host;
    this.texts = texts;
  }

  List<Step> steps() {
    Roster roster = directory.roster();
    return List.of(
        step("register", staffExample(roster), () -> happened("registered")),
        step("nominate", "", () -> happened("nomination-submitted")),
        step(
            "endorse", names(roster, Role.DIVISION_HEAD, 2), () -> happened("nomination-endorsed")),
        step(
            "appraise",
            names(roster, Role.COUNCIL_SECRETARY, 1),
            () -> happened("nomination-appraised")),
        step("ballot-open", "", () -> happened("ballot-opened")),
        step("vote", names(roster, Role.COUNCIL_MEMBER, 9), () -> everyMemberVoted(roster)),
        step("ballot-closed", "", () -> happened("ballot-closed")),
        step("approve", names(roster, Role.DIRECTOR, 1), () -> happened("decision-made")),
        step("number", names(roster, Role.OFFICE_CLERK, 1), () -> happened("decision-numbered")),
        step("certificate", "", () -> happened("ballot-published")),
        step("website", "", this::exported),
        step("reminder", "", () -> happened("deadline-reminded")));
  }

  private Step step(String key, String example, BooleanSupplier done) {
    return new Step(key, texts.get(Texts.VI, "sandbox.tour." + key, example), done.getAsBoolean());
  }

  private boolean happened(String action) {
    return !audit.byAction(action).isEmpty();
  }

  /** As many people voted in the latest ballot as the council has members. */
  private boolean everyMemberVoted(Roster roster) {
    List<AuditEntry> votes = audit.byAction("ballot-voted");
    Optional<String> latest = votes.stream().map(AuditEntry::detail).reduce((a, b) -> b);
    long voters =
        votes.stream()
            .filter(v -> latest.isPresent() && latest.get().equals(v.detail()))
            .map(AuditEntry::actor)
            .distinct()
            .count();
    return latest.isPresent() && voters >= roster.withRole(Role.COUNCIL_MEMBER).size();
  }

  private boolean exported() {
    Path json = host.sandboxDir().resolve("site").resolve("exemplars.json");
    return happened("ballot-published") && Files.isRegularFile(json);
  }

  private String staffExample(Roster roster) {
    return roster.people().stream()
        .filter(p -> p.roles().size() == 1 && SandboxPeople.canRegister(p))
        .filter(p -> p.telegramId() != null || p.telegramUsername() != null)
        .map(Person::name)
        .findFirst()
        .orElse(texts.get(Texts.VI, "sandbox.tour.anyone"));
  }

  private static String names(Roster roster, Role role, int most) {
    return String.join(", ", roster.withRole(role).stream().limit(most).map(Person::name).toList());
  }
}
