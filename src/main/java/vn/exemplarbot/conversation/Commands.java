package vn.exemplarbot.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Account;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Person;

/**
 * Every command the modules offer, and the ones a given person may use: what {@code /help} lists
 * and what the person's command menu shows (set per chat with {@code setMyCommands}).
 */
@Component
public class Commands {

  private final ObjectProvider<CommandHandler> handlers;
  private volatile Map<String, CommandHandler> byName;
  private final Accounts accounts;
  private final Outbox outbox;
  private final Texts texts;

  // Lazily: /help is itself a command and lists the others.
  Commands(ObjectProvider<CommandHandler> handlers, Accounts accounts, Outbox outbox, Texts texts) {
    this.handlers = handlers;
    this.accounts = accounts;
    this.outbox = outbox;
    this.texts = texts;
  }

  Optional<CommandHandler> find(String name) {
    return Optional.ofNullable(byName().get(name));
  }

  private Map<String, CommandHandler> byName() {
    if (byName == null) {
      byName =
          handlers
              .orderedStream()
              .collect(Collectors.toMap(h -> h.spec().name(), Function.identity()));
    }
    return byName;
  }

  /** The commands this person may use, in a stable order (the order of the help text). */
  public List<CommandSpec> of(Person person) {
    return byName().values().stream()
        .map(CommandHandler::spec)
        .filter(spec -> spec.allows(person))
        .sorted(
            Comparator.comparing(CommandSpec::roles, Comparator.comparingInt(r -> r.size()))
                .thenComparing(CommandSpec::name))
        .toList();
  }

  public String describe(CommandSpec spec, String language) {
    return texts.get(language, spec.descriptionKey());
  }

  /**
   * Sets the person's command menu in their chat, in their language, unless the menu last queued
   * for that chat is this very one (a reload or a takeover that changes nobody's roles sends
   * nothing). The row is queued before its digest is recorded: a crash between them sends the same
   * menu once more, never none.
   */
  public void refreshMenu(Person person) {
    Optional<Account> account = accounts.byPerson(person.id());
    String language = account.map(Account::language).orElse("vi");
    List<Message.CommandLine> lines =
        of(person).stream()
            .map(spec -> new Message.CommandLine(spec.name(), describe(spec, language)))
            .toList();
    Optional<Long> chat = account.filter(Account::registered).map(Account::chatId);
    String digest = digest(chat, language, lines);
    if (accounts.menuIs(person.id(), digest)) {
      return;
    }
    outbox.toPerson(person.id(), new Message.Commands(lines));
    accounts.menuSet(person.id(), digest);
  }

  private static String digest(
      Optional<Long> chat, String language, List<Message.CommandLine> lines) {
    StringBuilder text = new StringBuilder();
    text.append(chat.map(String::valueOf).orElse("-")).append('\n').append(language);
    lines.forEach(l -> text.append('\n').append(l.command()).append('\t').append(l.description()));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
