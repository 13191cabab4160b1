package vn.exemplarbot.roster;

import java.util.List;

/** A loaded configuration, with the gaps found in it (warnings that did not refuse the load). */
public record BotConfig(Roster roster, Settings settings, List<ConfigProblem> warnings) {

  public BotConfig {
    warnings = List.copyOf(warnings);
  }
}
