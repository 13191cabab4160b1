package vn.exemplarbot.roster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.roster.Registration.ContactNeeded;
import vn.exemplarbot.roster.Registration.Reason;
import vn.exemplarbot.roster.Registration.Refused;
import vn.exemplarbot.roster.Registration.Registered;
import vn.exemplarbot.roster.internal.AccountRows;

/**
 * Binds roster people to Telegram accounts as {@code interfaces.md} says: the roster's id first,
 * then the username (ignoring case), then the person's own shared contact. Once bound, the Telegram
 * id is what counts; only an admin frees a binding.
 */
@Service
@Transactional
public class Accounts {

  private final AccountRows rows;
  private final Directory directory;
  private final ApplicationEventPublisher events;

  Accounts(AccountRows rows, Directory directory, ApplicationEventPublisher events) {
    this.rows = rows;
    this.directory = directory;
    this.events = events;
  }

  /** Who this Telegram account is on the roster, if anyone. */
  @Transactional(readOnly = true)
  public Optional<Person> identify(long telegramId) {
    return member(telegramId).map(Member::person);
  }

  /** Who this Telegram account is, with the account row if one exists: one look-up per update. */
  @Transactional(readOnly = true)
  public Optional<Member> member(long telegramId) {
    Roster roster = directory.roster();
    Optional<Account> account = rows.byTelegramId(telegramId);
    Optional<Person> bound = account.flatMap(a -> roster.person(a.personId()));
    if (bound.isPresent()) {
      return Optional.of(new Member(bound.get(), account.get()));
    }
    return roster
        .byTelegramId(telegramId)
        .map(p -> new Member(p, rows.byPerson(p.id()).orElse(null)));
  }

  /** A roster person and their account ({@code null} before the first binding). */
  public record Member(Person person, Account account) {

    public boolean registeredIn(long chatId) {
      return account != null && account.registered() && account.chatId() == chatId;
    }

    public String language() {
      return account == null ? "vi" : account.language();
    }
  }

  @Transactional(readOnly = true)
  public Optional<Account> byPerson(String personId) {
    return rows.byPerson(personId);
  }

  @Transactional(readOnly = true)
  public Optional<Long> registeredChat(String personId) {
    return rows.byPerson(personId).filter(Account::registered).map(Account::chatId);
  }

  public String language(String personId) {
    return rows.byPerson(personId).map(Account::language).orElse("vi");
  }

  public void setLanguage(String personId, String language) {
    rows.setLanguage(personId, language);
  }

  /**
   * Whether the command menu last queued for this person's chat had this digest ({@code
   * Commands#refreshMenu}): then it is set already and nothing is sent.
   */
  public boolean menuIs(String personId, String digest) {
    return rows.menuIs(personId, digest);
  }

  /** Records the digest of the command menu just queued for this person's chat. */
  public void menuSet(String personId, String digest) {
    rows.setMenu(personId, digest);
  }

  /** {@code /start}, or any message from someone the roster knows by id. */
  public Registration start(long telegramId, String username, long chatId, Instant now) {
    Optional<Person> known = identify(telegramId);
    if (known.isPresent()) {
      return register(known.get(), telegramId, chatId, "roster-id", now);
    }
    if (username == null || username.isBlank()) {
      return new ContactNeeded();
    }
    return directory
        .roster()
        .byUsername(username)
        .<Registration>map(p -> claim(p, telegramId, chatId, "username", now))
        .orElseGet(ContactNeeded::new);
  }

  /** A contact shared in the private chat: only the sender's own number counts. */
  public Registration contact(
      long telegramId, String phone, Long contactUserId, long chatId, Instant now) {
    if (contactUserId == null || contactUserId != telegramId) {
      return new Refused(Reason.FOREIGN_CONTACT);
    }
    Optional<Person> known = identify(telegramId);
    if (known.isPresent()) {
      return register(known.get(), telegramId, chatId, "roster-id", now);
    }
    return directory
        .roster()
        .byPhone(phone)
        .<Registration>map(p -> claim(p, telegramId, chatId, "contact", now))
        .orElseGet(() -> new Refused(Reason.UNKNOWN_PHONE));
  }

  /** Frees the binding of a person (by roster id or Telegram id). */
  public Optional<Person> unbind(String key) {
    Roster roster = directory.roster();
    Optional<Account> account = rows.byPerson(key);
    if (account.isEmpty() && key.matches("\\d{1,19}")) {
      account = rows.byTelegramId(Long.parseLong(key));
    }
    account.ifPresent(a -> rows.delete(a.personId()));
    return account.flatMap(a -> roster.person(a.personId()));
  }

  /** Roster people who have started the bot, in roster order. */
  @Transactional(readOnly = true)
  public List<Person> registered() {
    Set<String> registered = registeredIds();
    return directory.roster().people().stream().filter(p -> registered.contains(p.id())).toList();
  }

  private Set<String> registeredIds() {
    return rows.all().stream()
        .filter(Account::registered)
        .map(Account::personId)
        .collect(Collectors.toSet());
  }

  /** Roster people who have not started the bot yet, in roster order. */
  @Transactional(readOnly = true)
  public List<Person> unregistered() {
    Set<String> registered =
        rows.all().stream()
            .filter(Account::registered)
            .map(Account::personId)
            .collect(Collectors.toSet());
    return directory.roster().people().stream().filter(p -> !registered.contains(p.id())).toList();
  }

  private Registration claim(Person person, long telegramId, long chatId, String by, Instant now) {
    boolean otherId = person.telegramId() != null && person.telegramId() != telegramId;
    boolean otherAccount =
        rows.byPerson(person.id()).filter(a -> a.telegramId() != telegramId).isPresent();
    if (otherId || otherAccount) {
      return new Refused(Reason.BOUND_TO_ANOTHER);
    }
    return register(person, telegramId, chatId, by, now);
  }

  private Registration register(
      Person person, long telegramId, long chatId, String by, Instant now) {
    Optional<Account> existing = rows.byPerson(person.id());
    boolean sameAccount = existing.filter(a -> a.telegramId() == telegramId).isPresent();
    if (sameAccount) {
      rows.registerChat(person.id(), chatId, now);
    } else {
      rows.bind(person.id(), telegramId, chatId, by, now);
    }
    boolean firstTime = !sameAccount || !existing.get().registered();
    boolean newChat = firstTime || !existing.get().chatId().equals(chatId);
    if (newChat) {
      events.publishEvent(new PersonRegistered(person.id(), chatId));
    }
    return new Registered(person, rows.byPerson(person.id()).orElseThrow(), firstTime);
  }
}
