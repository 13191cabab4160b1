package vn.exemplarbot.reminder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.exemplarbot.roster.Settings;

/**
 * A deadline people are reminded of, offered as a bean by the module that owns the work (plans and
 * nominations now; recognition later). The reminder engine asks it, at each reminder moment, who
 * still has work; it never keeps a list of its own, so whoever finished in the meantime is spared.
 */
public interface DeadlineWork {

  /** The deadline's name as in settings, e.g. {@code division-plans-due}. */
  String deadline();

  /** When it falls under these settings (local time), or empty when it does not apply. */
  Optional<LocalDateTime> due(Settings settings);

  /** Bundle key of what is due, said in the reminder, e.g. "nộp kế hoạch của phòng". */
  String whatKey();

  /** The command that does it now, e.g. {@code /plan}, unless an {@link Owed} names its own. */
  String command();

  /** Who still has work at this moment: one entry per person and thing they owe. */
  List<Owed> owed(Instant now);

  /**
   * One thing a person still owes. A deadline with several kinds of work (drafts to finish,
   * nominations to endorse) names each kind's command, so one message can point to them all.
   *
   * @param itemKey bundle key saying what is missing, e.g. "the plan of {0}"
   * @param args its arguments
   * @param command the command that does this one, or null for the deadline's {@link #command()}
   */
  record Owed(String personId, String itemKey, List<String> args, String command) {

    public Owed {
      args = List.copyOf(args);
    }

    public Owed(String personId, String itemKey, List<String> args) {
      this(personId, itemKey, args, null);
    }

    /** This item's command, or the deadline's when it names none. */
    public String commandOr(String fallback) {
      return command == null ? fallback : command;
    }
  }
}
