package vn.exemplarbot.roster;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Who is who: the organization, its divisions and its people, in the order of the file. */
public record Roster(Organization organization, List<Division> divisions, List<Person> people) {

  public Roster {
    Objects.requireNonNull(organization, "organization");
    divisions = List.copyOf(divisions);
    people = List.copyOf(people);
  }

  public Optional<Person> person(String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<Division> division(String code) {
    return divisions.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** The person whose roster entry names this Telegram id. */
  public Optional<Person> byTelegramId(long id) {
    return people.stream().filter(p -> p.telegramId() != null && p.telegramId() == id).findFirst();
  }

  /** Ignoring case, with or without a leading {@code @}. */
  public Optional<Person> byUsername(String username) {
    String wanted = usernameKey(username);
    if (wanted == null) {
      return Optional.empty();
    }
    return people.stream()
        .filter(p -> wanted.equals(usernameKey(p.telegramUsername())))
        .findFirst();
  }

  /** In any of the forms {@link PhoneNumbers#normalize} accepts. */
  public Optional<Person> byPhone(String phone) {
    String wanted = PhoneNumbers.normalize(phone);
    if (wanted == null) {
      return Optional.empty();
    }
    return people.stream().filter(p -> wanted.equals(p.phone())).findFirst();
  }

  /** In roster order. */
  public List<Person> withRole(Role r) {
    return people.stream().filter(p -> p.has(r)).toList();
  }

  public List<Person> ofDivision(String code) {
    return people.stream().filter(p -> Objects.equals(p.divisionCode(), code)).toList();
  }

  public Optional<Division> office() {
    return divisions.stream().filter(Division::office).findFirst();
  }

  /** The form in which usernames compare: no {@code @}, lower case; null when blank. */
  public static String usernameKey(String username) {
    if (username == null) {
      return null;
    }
    String bare = username.strip();
    if (bare.startsWith("@")) {
      bare = bare.substring(1);
    }
    return bare.isEmpty() ? null : bare.toLowerCase(Locale.ROOT);
  }
}
