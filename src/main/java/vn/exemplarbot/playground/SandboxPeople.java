package vn.exemplarbot.playground;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Roster;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * Who each person of the roster is in the sandbox. One with a {@code telegram-id} is that id; any
 * other gets a stable id derived from the roster id (the same at every start, so a link such as
 * {@code /sandbox?as=<roster id>} always names the same chat), and carries the roster's username,
 * so the bot recognises them as it would in Telegram. One with no username, id or phone cannot
 * register, as {@code /admin} says.
 */
public final class SandboxPeople {

  /** Derived ids start here, far above the ids an example roster uses. */
  static final long DERIVED_BASE = 8_000_000_000L;

  private final BotApiEmulator emulator;
  private final Roster roster;
  private final Map<String, Long> ids = new HashMap<>();

  public SandboxPeople(BotApiEmulator emulator, Roster roster) {
    this.emulator = emulator;
    this.roster = roster;
    assignIds(roster.people());
  }

  public List<Person> people() {
    return roster.people();
  }

  public Optional<Person> person(String rosterId) {
    return roster.person(rosterId);
  }

  /** The emulated Telegram user who acts as this person (created in the emulator on first use). */
  public EmulatedUser user(Person person) {
    return emulator.user(telegramId(person), person.telegramUsername(), person.name());
  }

  public long telegramId(Person person) {
    Long id = ids.get(person.id());
    if (id == null) {
      throw new IllegalArgumentException("not on the roster: " + person.id());
    }
    return id;
  }

  /** False for someone with neither telegram-id, username nor phone: no way to be recognised. */
  public static boolean canRegister(Person person) {
    return person.telegramId() != null
        || person.telegramUsername() != null
        || person.phone() != null;
  }

  private void assignIds(List<Person> people) {
    Set<Long> taken = new HashSet<>();
    people.stream().map(Person::telegramId).filter(id -> id != null).forEach(taken::add);
    for (Person p : people) {
      long id = p.telegramId() != null ? p.telegramId() : derived(p.id(), taken);
      taken.add(id);
      ids.put(p.id(), id);
    }
  }

  private static long derived(String rosterId, Set<Long> taken) {
    long id = DERIVED_BASE + Math.floorMod(rosterId.hashCode(), 1_000_000_000);
    while (taken.contains(id)) {
      id++;
    }
    return id;
  }
}
