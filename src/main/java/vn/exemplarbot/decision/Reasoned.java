package vn.exemplarbot.decision;

import java.util.Optional;

/**
 * A nomination and the director's reason ({@code /reject}, {@code /revoke}): parsed from what was
 * typed after the command, and kept in the director's flow state (never in a button) while the
 * reason is asked for and the {@code Xác nhận} awaited.
 */
record Reasoned(long nominationId, String reason) {

  /** {@code code [reason…]} as typed: the code, then the reason (empty when not given). */
  record Typed(String code, String reason) {

    static Optional<Typed> parse(String args) {
      String[] parts = args == null ? new String[0] : args.strip().split("\\s+", 2);
      if (parts.length == 0 || parts[0].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Typed(parts[0], parts.length < 2 ? "" : parts[1].strip()));
    }
  }
}
