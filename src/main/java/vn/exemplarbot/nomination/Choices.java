package vn.exemplarbot.nomination;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;
import vn.exemplarbot.roster.Person;

/** The choices made by buttons in steps 1, 2, 3 and 7, each checked before it is saved. */
@Component
class Choices {

  private final NominationRows rows;
  private final Directory directory;
  private final Wizard wizard;
  private final Clock clock;

  Choices(NominationRows rows, Directory directory, Wizard wizard, Clock clock) {
    this.rows = rows;
    this.directory = directory;
    this.wizard = wizard;
    this.clock = clock;
  }

  void kind(Session s, CallbackData data) {
    String arg = arg(data);
    Kind kind = "i".equals(arg) ? Kind.INDIVIDUAL : "c".equals(arg) ? Kind.COLLECTIVE : null;
    if (kind == null) {
      s.turn().alert("conversation.stale-button");
      return;
    }
    if (kind != s.nomination().kind()) {
      rows.setKind(s.id(), kind, clock.instant());
    }
    wizard.forward(s);
  }

  void division(Session s, CallbackData data) {
    Optional<Division> division = pick(directory.roster().divisions(), data);
    if (division.isEmpty()) {
      s.turn().alert("conversation.stale-button");
      return;
    }
    String code = division.get().code();
    if (s.nomination().kind() == Kind.COLLECTIVE) {
      if (rows.liveFor(year(), Kind.COLLECTIVE, null, code, s.id())) {
        Wizard.refuse(s.turn(), Refusal.of("nomination.refused.duplicate", division.get().name()));
        return;
      }
      rows.setNominee(s.id(), null, code, clock.instant());
    }
    wizard.forward(s.with(s.draft().browsing(code)));
  }

  void person(Session s, CallbackData data) {
    Optional<Person> person = pick(directory.roster().ofDivision(s.draft().division()), data);
    if (person.isEmpty()) {
      s.turn().alert("conversation.stale-button");
      return;
    }
    Person nominee = person.get();
    boolean allowSelf = directory.settings().nominations().allowSelf();
    Optional<Refusal> refusal = Rules.self(s.person().id(), nominee.id(), allowSelf);
    if (refusal.isEmpty() && rows.liveFor(year(), Kind.INDIVIDUAL, nominee.id(), null, s.id())) {
      refusal = Optional.of(Refusal.of("nomination.refused.duplicate", nominee.name()));
    }
    if (refusal.isPresent()) {
      Wizard.refuse(s.turn(), refusal.get());
      return;
    }
    rows.setNominee(s.id(), nominee.id(), nominee.divisionCode(), clock.instant());
    wizard.forward(s);
  }

  void movement(Session s, CallbackData data) {
    Optional<String> movement = pick(directory.settings().movements(), data);
    if (movement.isEmpty()) {
      s.turn().alert("conversation.stale-button");
      return;
    }
    rows.setMovement(s.id(), movement.get(), clock.instant());
    wizard.forward(s);
  }

  void newFactor(Session s, CallbackData data) {
    String arg = arg(data);
    if (!"1".equals(arg) && !"0".equals(arg)) {
      s.turn().alert("conversation.stale-button");
      return;
    }
    rows.setNewFactor(s.id(), "1".equals(arg), clock.instant());
    wizard.forward(s);
  }

  private int year() {
    return directory.settings().cycle().year();
  }

  private static String arg(CallbackData data) {
    return data.args().size() > 3 ? data.arg(3) : "";
  }

  private static <T> Optional<T> pick(List<T> items, CallbackData data) {
    return data.longArg(3)
        .filter(i -> i >= 0 && i < items.size())
        .map(i -> items.get(i.intValue()));
  }
}
