package vn.exemplarbot.roster;

import java.util.List;

/**
 * The outcome of reading {@code bot-config/}: loaded, or refused with every problem found; on
 * {@code /reload} also vetoed, a valid file another module will not have applied now ({@link
 * ReloadVeto}).
 */
public sealed interface ConfigLoad {

  record Loaded(BotConfig config) implements ConfigLoad {}

  record Refused(List<ConfigProblem> problems) implements ConfigLoad {

    public Refused {
      problems = List.copyOf(problems);
    }
  }

  record Vetoed(ReloadVeto.Refusal refusal) implements ConfigLoad {}
}
