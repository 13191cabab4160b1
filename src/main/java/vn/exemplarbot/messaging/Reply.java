package vn.exemplarbot.messaging;

import java.util.List;
import java.util.Locale;

/**
 * What a reply in a person's own chat answers. A flood must not bury its sender: an identical reply
 * that still waits is not queued twice, and a new command drops what still waits for earlier
 * commands, hints and notes (never the message being sent, never anything without a kind).
 */
public enum Reply {
  /** A reply to a command: dropped when a newer command arrives before it is sent. */
  COMMAND,
  /** A reply to typed input, a file or a press: never dropped, only not queued twice. */
  INPUT,
  /** A hint to free text that changes nothing: dropped when a newer command arrives. */
  HINT,
  /** The line that says earlier replies were dropped. */
  NOTE;

  String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kinds a newer command drops while they wait. */
  static final List<String> SUPERSEDED = List.of("command", "hint", "note");
}
