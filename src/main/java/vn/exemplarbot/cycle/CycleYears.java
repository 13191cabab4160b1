package vn.exemplarbot.cycle;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.roster.Directory;

/** Which cycle a command means: the year typed after it, or the current {@code cycle.year}. */
@Component
class CycleYears {

  private final Directory directory;

  CycleYears(Directory directory) {
    this.directory = directory;
  }

  int current() {
    return directory.settings().cycle().year();
  }

  /** The year asked for; empty when the argument is not a year such as {@code 2025}. */
  Optional<Integer> parse(String args) {
    String typed = args == null ? "" : args.strip();
    if (typed.isEmpty()) {
      return Optional.of(current());
    }
    if (!typed.matches("\\d{4}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(typed);
    return year >= 2000 && year <= 2999 ? Optional.of(year) : Optional.empty();
  }
}
