package vn.exemplarbot.roster.internal;

import java.util.List;
import vn.exemplarbot.roster.BallotRules;
import vn.exemplarbot.roster.DocumentRules;
import vn.exemplarbot.roster.NominationRules;
import vn.exemplarbot.roster.Numbering;
import vn.exemplarbot.roster.PassBase;
import vn.exemplarbot.roster.ReminderRules;
import vn.exemplarbot.roster.Signer;

/** Reads the rule sections of {@code settings.yml}, each key falling back to its default. */
final class RulesReader {

  private static final List<String> BALLOT =
      List.of(
          "quorum",
          "pass-threshold",
          "pass-base",
          "allow-abstain",
          "recuse-self",
          "duration",
          "reminder-offsets");
  private static final List<String> REMINDERS = List.of("offsets", "time-of-day");
  private static final List<String> NOMINATIONS = List.of("allow-self", "max-files");
  private static final List<String> DOCUMENTS =
      List.of("numbering", "signer", "legal-bases", "rights");
  private static final List<String> SIGNER = List.of("on-behalf", "title", "name");

  private final YamlMap top;

  RulesReader(YamlMap top) {
    this.top = top;
  }

  BallotRules ballot() {
    YamlMap map = top.map("ballot");
    map.allow(BALLOT);
    BallotRules d = BallotRules.defaults();
    return new BallotRules(
        SettingValues.share(map, "quorum", d.quorum()),
        SettingValues.share(map, "pass-threshold", d.passThreshold()),
        SettingValues.choice(
            map, "pass-base", d.passBase(), PassBase::fromYaml, "members, votes-cast"),
        map.bool("allow-abstain", d.allowAbstain()),
        map.bool("recuse-self", d.recuseSelf()),
        SettingValues.duration(map, "duration", d.duration()),
        SettingValues.durations(map, "reminder-offsets", d.reminderOffsets()));
  }

  ReminderRules reminders() {
    YamlMap map = top.map("reminders");
    map.allow(REMINDERS);
    ReminderRules d = ReminderRules.defaults();
    return new ReminderRules(
        SettingValues.durations(map, "offsets", d.offsets()),
        SettingValues.timeOfDay(map, "time-of-day", d.timeOfDay()));
  }

  NominationRules nominations() {
    YamlMap map = top.map("nominations");
    map.allow(NOMINATIONS);
    NominationRules d = NominationRules.defaults();
    Long maxFiles = map.integer("max-files", "10");
    if (maxFiles != null && (maxFiles < 0 || maxFiles > NominationRules.MAX_FILES_LIMIT)) {
      map.problems()
          .add(
              map.lineOf("max-files"),
              map.path("max-files"),
              "config.settings.max-files.range",
              maxFiles,
              NominationRules.MAX_FILES_LIMIT);
      maxFiles = null;
    }
    return new NominationRules(
        map.bool("allow-self", d.allowSelf()),
        maxFiles == null ? d.maxFiles() : maxFiles.intValue());
  }

  DocumentRules documents() {
    YamlMap map = top.map("documents");
    map.allow(DOCUMENTS);
    Numbering numbering =
        SettingValues.choice(map, "numbering", Numbering.CLERK, Numbering::fromYaml, "clerk, auto");
    List<String> legalBases = map.texts("legal-bases");
    String rights = map.text("rights");
    return new DocumentRules(
        numbering,
        signer(map),
        legalBases == null ? DocumentRules.DEFAULT_LEGAL_BASES : legalBases,
        rights == null ? "" : rights);
  }

  private static Signer signer(YamlMap documents) {
    if (!documents.has("signer")) {
      return null;
    }
    YamlMap map = documents.map("signer");
    map.allow(SIGNER);
    String title = map.requiredText("title");
    String name = map.requiredText("name");
    return title == null || name == null ? null : new Signer(map.text("on-behalf"), title, name);
  }
}
