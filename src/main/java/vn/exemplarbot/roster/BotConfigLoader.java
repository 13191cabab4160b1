package vn.exemplarbot.roster;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import vn.exemplarbot.roster.internal.Problems;
import vn.exemplarbot.roster.internal.RosterGaps;
import vn.exemplarbot.roster.internal.RosterReader;
import vn.exemplarbot.roster.internal.SettingsReader;
import vn.exemplarbot.roster.internal.YamlFiles;

/**
 * Reads {@code roster.yml} and {@code settings.yml} from a configuration folder. Both files are
 * always read to the end, so that one load reports every problem of both.
 */
public final class BotConfigLoader {

  private BotConfigLoader() {}

  /**
   * @param zone the department's time zone, in which every deadline must exist
   */
  public static ConfigLoad load(Path configDir, ZoneId zone) {
    Problems rosterProblems = new Problems(RosterReader.FILE);
    Node rosterRoot = YamlFiles.compose(configDir.resolve(RosterReader.FILE), rosterProblems);
    Roster roster = rosterRoot == null ? null : RosterReader.read(rosterRoot, rosterProblems);

    Problems settingsProblems = new Problems(SettingsReader.FILE);
    Node settingsRoot = YamlFiles.compose(configDir.resolve(SettingsReader.FILE), settingsProblems);
    Settings settings =
        settingsRoot == null ? null : SettingsReader.read(settingsRoot, settingsProblems, zone);

    List<ConfigProblem> problems = new ArrayList<>(rosterProblems.list());
    problems.addAll(settingsProblems.list());
    if (!problems.isEmpty() || roster == null || settings == null) {
      return new ConfigLoad.Refused(problems);
    }
    Settings resolved = withDefaultSigner(settings, roster);
    return new ConfigLoad.Loaded(new BotConfig(roster, resolved, RosterGaps.of(roster)));
  }

  /** No signer in settings: the first director on the roster signs, as GIÁM ĐỐC. */
  private static Settings withDefaultSigner(Settings settings, Roster roster) {
    DocumentRules documents = settings.documents();
    if (documents.signer() != null) {
      return settings;
    }
    return roster.withRole(Role.DIRECTOR).stream()
        .findFirst()
        .map(
            d ->
                settings.withDocuments(
                    documents.withSigner(new Signer(null, Signer.DIRECTOR_TITLE, d.name()))))
        .orElse(settings);
  }
}
