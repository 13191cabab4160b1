package vn.exemplarbot.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.backup.BackupStatus;
import vn.exemplarbot.backup.Backups;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.RefusedMessage;
import vn.exemplarbot.messaging.RestoredMessage;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.StatementLogging;

/**
 * {@code /admin}: what needs the admin's attention: people not registered, refused messages, gaps
 * in the configuration, the last good backup (and why one was skipped or failed), and messages a
 * restore found unsent, with {@code Gửi lại} and {@code Bỏ}; on PostgreSQL, which instance is
 * active and since when.
 */
@Component
class AdminCommand implements CommandHandler, ButtonHandler {

  static final String KIND = "arst";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Zones.LOCAL);

  private final Accounts accounts;
  private final Outbox outbox;
  private final Directory directory;
  private final Backups backups;
  private final Lease lease;
  private final StatementLogging statements;

  AdminCommand(
      Accounts accounts,
      Outbox outbox,
      Directory directory,
      Backups backups,
      Lease lease,
      StatementLogging statements) {
    this.statements = statements;
    this.accounts = accounts;
    this.lease = lease;
    this.outbox = outbox;
    this.directory = directory;
    this.backups = backups;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public CommandSpec spec() {
    return CommandSpec.forRoles("admin", "command.admin", Role.ADMIN);
  }

  @Override
  public void handle(Turn turn, String args) {
    StringBuilder text = new StringBuilder(turn.text("admin.title"));
    List<Person> waiting = accounts.unregistered();
    text.append("\n\n").append(turn.text("admin.unregistered", waiting.size()));
    waiting.forEach(
        p -> text.append("\n• ").append(p.name()).append(" (").append(p.id()).append(')'));
    List<RefusedMessage> refused = outbox.refused(20);
    text.append("\n\n").append(turn.text("admin.refused", refused.size()));
    refused.forEach(
        r ->
            text.append("\n• ")
                .append(r.personId() == null ? String.valueOf(r.chatId()) : r.personId())
                .append(" — ")
                .append(WHEN.format(r.at()))
                .append(" — ")
                .append(r.reason()));
    String gaps = directory.render(directory.config().warnings(), turn.locale());
    text.append("\n\n").append(turn.text("admin.gaps", directory.config().warnings().size()));
    if (!gaps.isEmpty()) {
      text.append('\n').append(gaps.strip());
    }
    backupLines(turn, text);
    lease
        .holder()
        .ifPresent(
            h ->
                text.append("\n\n")
                    .append(turn.text("admin.lease", h.name(), WHEN.format(h.since()), h.epoch())));
    int restored = outbox.restoredCount();
    if (restored == 0) {
      turn.reply(new Message.Text(text.toString()));
      return;
    }
    text.append("\n\n").append(turn.text("admin.restored", restored));
    for (RestoredMessage m : outbox.restored(10)) {
      text.append("\n• ")
          .append(m.personId() == null ? String.valueOf(m.chatId()) : m.personId())
          .append(" — ")
          .append(WHEN.format(m.at()))
          .append(" — ")
          .append(m.method());
    }
    turn.reply(
        new Message.Text(
            text.toString(),
            Markup.Inline.row(
                new Button(
                    turn.text("admin.restored.send"), CallbackData.of(KIND, "send").encode()),
                new Button(
                    turn.text("admin.restored.drop"), CallbackData.of(KIND, "drop").encode()))));
  }

  private void backupLines(Turn turn, StringBuilder text) {
    if (!backups.own()) {
      text.append("\n\n").append(turn.text("admin.backup.postgresql"));
      statements
          .warning()
          .ifPresent(w -> text.append("\n\n").append(turn.text("storage.statement-log", w)));
      return;
    }
    BackupStatus status = backups.status();
    text.append("\n\n")
        .append(
            status
                .lastSuccess()
                .map(
                    at ->
                        turn.text(
                            "admin.backup.last",
                            WHEN.format(at),
                            status.lastFile().orElse(""),
                            backups.folder().toString()))
                .orElseGet(() -> turn.text("admin.backup.never", backups.folder().toString())));
    since(status, status.lastSkip())
        .ifPresent(
            at ->
                text.append('\n')
                    .append(
                        turn.text(
                            "admin.backup.skipped",
                            WHEN.format(at),
                            turn.text(status.lastSkipReason().orElse("backup.held.unknown")))));
    since(status, status.lastFailure())
        .ifPresent(
            at ->
                text.append('\n')
                    .append(
                        turn.text(
                            "admin.backup.failed",
                            WHEN.format(at),
                            status.lastFailureText().orElse(""))));
  }

  /** A skip or failure worth showing: one after the last good backup. */
  private static Optional<Instant> since(BackupStatus status, Optional<Instant> at) {
    return at.filter(a -> status.lastSuccess().map(a::isAfter).orElse(true));
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    if (turn.person().filter(p -> p.has(Role.ADMIN)).isEmpty()) {
      turn.alert("admin.only");
      return;
    }
    String what = data.args().isEmpty() ? "" : data.arg(0);
    if (what.equals("send")) {
      int n = outbox.resendRestored();
      turn.show(turn.text("admin.restored.sent", n), Markup.NONE);
    } else if (what.equals("drop")) {
      int n = outbox.dropRestored();
      turn.show(turn.text("admin.restored.dropped", n), Markup.NONE);
    } else {
      turn.alert("admin.stale");
    }
  }
}
