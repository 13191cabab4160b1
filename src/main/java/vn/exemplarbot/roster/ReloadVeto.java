package vn.exemplarbot.roster;

import java.util.List;
import java.util.Optional;

/**
 * A module's say over a {@code /reload}: asked with the settings in force and the ones just read,
 * before they replace them. The ballot refuses a new cycle while a ballot is open. Roster knows no
 * module that offers one; each is a bean.
 */
public interface ReloadVeto {

  /** Why this reload must not be applied now, or empty to let it through. */
  Optional<Refusal> veto(Settings current, Settings next);

  /**
   * A refusal, said in the admin's language from the messages bundle.
   *
   * @param messageKey the bundle key of the reason
   * @param args its arguments
   */
  record Refusal(String messageKey, List<String> args) {

    public Refusal {
      args = List.copyOf(args);
    }
  }
}
