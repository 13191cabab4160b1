package vn.exemplarbot.telegram.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.sqlite.SQLiteException;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * Notices when the database cannot be written: a full disk ({@code SQLITE_FULL}), a database made
 * read-only, another program holding its lock past the busy timeout, an I/O error. Updates then
 * stay unconfirmed at Telegram (or unapplied in the inbox) and are applied once it can be written
 * again, by themselves. Meanwhile this says so once in the log and then once a minute with the
 * count waiting, shows it in {@code /actuator/health} ({@code storage}), and tells the admins once
 * by a direct message: the outbox lives in the database it cannot write, so the message goes
 * straight to Telegram, best effort, to the chats this copy of the bindings last read (or the
 * roster's {@code telegram-id}). When writing works again it says so once, in the log and to the
 * admins.
 */
@Component
public class StorageWatch {

  private static final Logger log = LoggerFactory.getLogger(StorageWatch.class);

  private static final long MINUTE = Duration.ofMinutes(1).toNanos();
  private static final long RENOTIFY = Duration.ofHours(1).toNanos();

  /** Why the database cannot be written. */
  public enum Kind {
    FULL,
    READ_ONLY,
    LOCKED,
    IO,
    /** The pool's connection stayed busy inside the bot: logged, nobody else to tell. */
    UNAVAILABLE;

    String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What health shows while it lasts. */
  public record Trouble(Kind kind, Instant since, int waiting) {}

  /** A watch that sees nothing and tells no one (for loops built without one). */
  static final StorageWatch NONE = new StorageWatch(null, null, null, Path.of("."));

  private final Directory directory;
  private final Accounts accounts;
  private final Texts texts;
  private final Path dataDir;
  private final Map<String, Chat> adminChats = new ConcurrentHashMap<>();
  private final Map<Kind, Long> lastNotice = new ConcurrentHashMap<>();
  private volatile BotApi api;
  private volatile IntSupplier waitingInInbox = () -> 0;

  private Kind kind;
  private Instant since;
  private long startedNanos;
  private long lastLogNanos;
  private int unstored;
  private int waiting;
  private boolean told;
  private final EnumSet<Source> failing = EnumSet.noneOf(Source.class);

  StorageWatch(
      Directory directory,
      Accounts accounts,
      Texts texts,
      @Value("${exemplar.data-dir}") Path dataDir) {
    this.directory = directory;
    this.accounts = accounts;
    this.texts = texts;
    this.dataDir = dataDir;
  }

  /** Where notices go and how many updates wait unapplied; reads the admins' chats once. */
  public void attach(BotApi api, IntSupplier waitingInInbox) {
    this.api = api;
    this.waitingInInbox = waitingInInbox;
    readAdminChats();
  }

  /** Who met the database: the poll storing updates, the loop applying them, the sender. */
  enum Source {
    STORE,
    APPLY,
    SEND
  }

  /** Updates Telegram gave could not be stored: they stay unconfirmed and come again. */
  void storeFailed(RuntimeException e, int updates) {
    failed(Source.STORE, e, updates);
  }

  /** Stored updates could not be applied: they stay in the inbox and are tried again. */
  void applyFailed(RuntimeException e) {
    failed(Source.APPLY, e, -1);
  }

  /** The outbox could not be read or written: its messages wait. */
  void sendFailed(RuntimeException e) {
    failed(Source.SEND, e, -1);
  }

  /** Updates were stored. */
  void stored() {
    succeeded(Source.STORE);
  }

  /** Updates were applied. */
  void applied() {
    succeeded(Source.APPLY);
  }

  /** The outbox was read. */
  void sent() {
    succeeded(Source.SEND);
  }

  /** The trouble ends once no one who met it still fails. */
  private void succeeded(Source source) {
    synchronized (this) {
      if (!failing.remove(source)) {
        return;
      }
      if (source == Source.STORE) {
        unstored = 0;
      }
      if (!failing.isEmpty()) {
        return;
      }
    }
    written();
  }

  /** Ends a streak of failures, saying so once. */
  private void written() {
    Kind ended;
    Duration lasted;
    synchronized (this) {
      if (kind == null) {
        return;
      }
      ended = kind;
      lasted = Duration.ofNanos(System.nanoTime() - startedNanos);
      kind = null;
      unstored = 0;
      failing.clear();
      boolean wasTold = told;
      told = false;
      log.info(
          "The database can be written again after {} s ({}); waiting updates are being applied",
          lasted.toSeconds(),
          ended);
      if (!wasTold) {
        return;
      }
    }
    notifyAdmins("system.storage.back", ended.name(), lasted.toMinutes(), lasted.toSecondsPart());
  }

  /** The trouble while it lasts. */
  public Optional<Trouble> current() {
    synchronized (this) {
      return kind == null ? Optional.empty() : Optional.of(new Trouble(kind, since, waiting));
    }
  }

  private void failed(Source source, RuntimeException e, int updates) {
    Kind now = classify(e);
    int inInbox = source == Source.SEND ? 0 : safeWaitingInInbox();
    boolean notify = false;
    synchronized (this) {
      failing.add(source);
      long nanos = System.nanoTime();
      if (updates >= 0) {
        unstored = updates;
      }
      waiting = unstored + inInbox;
      if (kind == null) {
        kind = now;
        since = Instant.now();
        startedNanos = nanos;
        lastLogNanos = nanos;
        log.error(
            "The database cannot be written ({}: {}): updates stay unconfirmed and are applied once"
                + " it can; {} updates waiting. {}",
            now,
            reason(e),
            waiting,
            fix(now));
        notify = now != Kind.UNAVAILABLE && dueNotice(now, nanos);
        told = notify;
      } else if (nanos - lastLogNanos >= MINUTE) {
        lastLogNanos = nanos;
        kind = now;
        log.warn(
            "The database still cannot be written ({}) after {} min; {} updates waiting",
            now,
            Duration.ofNanos(nanos - startedNanos).toMinutes(),
            waiting);
      }
    }
    if (notify) {
      notifyAdmins("system.storage." + now.key(), dataDir.toAbsolutePath().toString());
    }
  }

  private boolean dueNotice(Kind now, long nanos) {
    Long last = lastNotice.get(now);
    if (last != null && nanos - last < RENOTIFY) {
      return false;
    }
    lastNotice.put(now, nanos);
    return true;
  }

  private int safeWaitingInInbox() {
    try {
      return waitingInInbox.getAsInt();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  static Kind classify(Throwable e) {
    return fault(e).orElse(Kind.UNAVAILABLE);
  }

  /**
   * Whether this failure is the storage's, not the update's: the database full, read-only, locked,
   * failing to read or write, or its connection out of reach. Such a failure sets nothing aside:
   * the work is done again once the database can be written.
   */
  static Optional<Kind> fault(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && rollback.getApplicationException() != t) {
        Optional<Kind> first = fault(rollback.getApplicationException());
        if (first.isPresent()) {
          return first;
        }
      }
      if (t instanceof SQLiteException sqlite) {
        return switch (sqlite.getResultCode().code & 0xff) {
          case 13 -> Optional.of(Kind.FULL);
          case 8 -> Optional.of(Kind.READ_ONLY);
          case 5, 6 -> Optional.of(Kind.LOCKED);
          case 10, 14 -> Optional.of(Kind.IO);
          default -> Optional.empty();
        };
      }
      if (t instanceof java.sql.SQLTransientConnectionException) {
        return Optional.of(Kind.UNAVAILABLE);
      }
    }
    return Optional.empty();
  }

  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  private String fix(Kind kind) {
    String folder = dataDir.toAbsolutePath().toString();
    return switch (kind) {
      case FULL -> "Free some space on the disk of " + folder + ".";
      case READ_ONLY -> "Make " + folder + " and exemplar.db writable by the bot's user again.";
      case LOCKED ->
          "Another program holds the database's lock (a sqlite3 shell, a copy tool):"
              + " close it.";
      case IO -> "Check the disk of " + folder + " (dmesg, the system journal).";
      case UNAVAILABLE -> "The bot's own connection was busy; this usually passes by itself.";
    };
  }

  /** Best effort, off the calling thread: the database may be unreadable too. */
  private void notifyAdmins(String key, Object... args) {
    BotApi target = api;
    if (target == null) {
      return;
    }
    readAdminChats();
    for (Chat chat : new ArrayList<>(adminChats.values())) {
      String text = texts.get(chat.language(), key, args);
      target
          .callAsync(
              SendMessage.builder().chatId(chat.chatId()).text(text).build(),
              Duration.ofSeconds(10))
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  log.warn("An admin could not be told of the database's state: {}", error);
                }
              });
    }
  }

  /** The admins' chats as the database knows them now, or as last read, or from the roster. */
  private void readAdminChats() {
    if (directory == null) {
      return;
    }
    List<Person> admins = directory.roster().withRole(Role.ADMIN);
    for (Person admin : admins) {
      try {
        Optional<Long> chat = accounts.registeredChat(admin.id());
        if (chat.isPresent()) {
          adminChats.put(admin.id(), new Chat(chat.get(), accounts.language(admin.id())));
          continue;
        }
      } catch (RuntimeException unreadable) {
        // The copy read earlier stays.
      }
      if (!adminChats.containsKey(admin.id()) && admin.telegramId() != null) {
        adminChats.put(admin.id(), new Chat(admin.telegramId(), "vi"));
      }
    }
  }

  private record Chat(long chatId, String language) {}
}
