package vn.exemplarbot.roster;

import java.util.List;

/** The outcome of reading {@code bot-config/}: loaded, or refused with every problem found. */
public sealed interface ConfigLoad {

  record Loaded(BotConfig config) implements ConfigLoad {}

  record Refused(List<ConfigProblem> problems) implements ConfigLoad {

    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
