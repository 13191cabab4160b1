package vn.exemplarbot.roster.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import vn.exemplarbot.roster.Cycle;
import vn.exemplarbot.roster.Settings;

/** Reads {@code settings.yml}: the cycle and its lists here, the rules in {@link RulesReader}. */
public final class SettingsReader {

  public static final String FILE = "settings.yml";

  private static final List<String> TOP =
      List.of(
          "cycle",
          "movements",
          "criteria",
          "ballot",
          "reminders",
          "holidays",
          "nominations",
          "documents",
          "announce-chat-id");
  private static final List<String> CYCLE =
      List.of("year", "division-plans-due", "nominations-due", "recognition-due");

  private SettingsReader() {}

  /**
   * The settings with defaults applied, or null when anything is wrong (every problem recorded).
   * The default signer is left null here: it needs the roster.
   */
  public static Settings read(Node root, Problems problems, ZoneId zone) {
    YamlMap top = YamlMap.at(root, "", problems);
    top.allow(TOP);
    Cycle cycle = cycle(top, zone);
    List<String> movements = nonEmpty(top, "movements");
    List<String> criteria = nonEmpty(top, "criteria");
    var rules = new RulesReader(top);
    var ballot = rules.ballot();
    var reminders = rules.reminders();
    var holidays = SettingValues.dates(top, "holidays");
    var nominations = rules.nominations();
    var documents = rules.documents();
    Long announceChatId = top.integer("announce-chat-id", "-1001234567890");
    if (!problems.isEmpty() || cycle == null) {
      return null;
    }
    return new Settings(
        cycle,
        movements == null ? List.of(Settings.defaultMovement(cycle.year())) : movements,
        criteria == null ? Settings.DEFAULT_CRITERIA : criteria,
        ballot,
        reminders,
        holidays,
        nominations,
        documents,
        announceChatId);
  }

  private static Cycle cycle(YamlMap top, ZoneId zone) {
    if (!top.has("cycle")) {
      top.problems().add(top.lineOf("cycle"), "cycle", "config.key.missing", "cycle");
      return null;
    }
    YamlMap cycle = top.map("cycle");
    cycle.allow(CYCLE);
    Integer year = year(cycle);
    LocalDateTime plans = required(cycle, "division-plans-due", zone);
    LocalDateTime nominations =
        cycle.has("nominations-due") ? inZone(cycle, "nominations-due", zone) : null;
    LocalDateTime recognition = required(cycle, "recognition-due", zone);
    if (nominations == null && recognition != null && !cycle.has("nominations-due")) {
      nominations = Cycle.defaultNominationsDue(recognition);
    }
    if (year == null || plans == null || nominations == null || recognition == null) {
      return null;
    }
    boolean ordered =
        inOrder(cycle, "division-plans-due", plans, "nominations-due", nominations)
            & inOrder(cycle, "nominations-due", nominations, "recognition-due", recognition);
    return ordered ? new Cycle(year, plans, nominations, recognition) : null;
  }

  private static Integer year(YamlMap cycle) {
    Long year = cycle.integer("year", "2026");
    if (year == null && !cycle.has("year")) {
      cycle.problems().add(cycle.lineOf("year"), cycle.path("year"), "config.key.missing", "year");
    } else if (year != null && (year < 2000 || year > 2999)) {
      cycle
          .problems()
          .add(cycle.lineOf("year"), cycle.path("year"), "config.settings.year.invalid", year);
      return null;
    }
    return year == null ? null : year.intValue();
  }

  private static LocalDateTime required(YamlMap cycle, String key, ZoneId zone) {
    if (!cycle.has(key)) {
      cycle.problems().add(cycle.lineOf(key), cycle.path(key), "config.key.missing", key);
      return null;
    }
    return inZone(cycle, key, zone);
  }

  /** A deadline that exists on the zone's clock (not skipped by a change of offset). */
  private static LocalDateTime inZone(YamlMap cycle, String key, ZoneId zone) {
    LocalDateTime deadline = SettingValues.deadline(cycle, key);
    if (deadline != null && zone.getRules().getValidOffsets(deadline).isEmpty()) {
      cycle
          .problems()
          .add(
              cycle.lineOf(key),
              cycle.path(key),
              "config.settings.deadline.skipped",
              deadline,
              zone);
      return null;
    }
    return deadline;
  }

  private static boolean inOrder(
      YamlMap cycle,
      String earlierKey,
      LocalDateTime earlier,
      String laterKey,
      LocalDateTime later) {
    if (!earlier.isAfter(later)) {
      return true;
    }
    // The optional middle deadline is the likeliest mistake; without it, the plans deadline is.
    String where = cycle.has("nominations-due") ? "nominations-due" : earlierKey;
    cycle
        .problems()
        .add(
            cycle.lineOf(where),
            cycle.path(where),
            "config.settings.deadline.order",
            earlierKey,
            earlier,
            laterKey,
            later);
    return false;
  }

  private static List<String> nonEmpty(YamlMap top, String key) {
    List<String> texts = top.texts(key);
    if (texts != null && texts.isEmpty() && top.list(key).isEmpty()) {
      top.problems().add(top.lineOf(key), key, "config.list.empty", key);
    }
    return texts == null || texts.isEmpty() ? null : texts;
  }
}
