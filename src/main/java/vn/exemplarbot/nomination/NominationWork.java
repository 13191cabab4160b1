package vn.exemplarbot.nomination;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.exemplarbot.nomination.internal.NominationRows;
import vn.exemplarbot.reminder.DeadlineWork;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Settings;

/**
 * {@code nominations-due}: proposers with drafts of the cycle still unsent, proposers whose
 * nomination was returned or needs more, endorsers with nominations waiting for them, appraisers
 * with dossiers to appraise. Each kind is one item with its own command, so a person with several
 * kinds of work gets them in one message. Endorsers and appraisers are worked out as {@code
 * /endorse} and {@code /appraise} do, from the roster as it stands at the reminder's moment.
 */
@Component
class NominationWork implements DeadlineWork {

  /** Far above any cycle's nominations; the lists behind each command scan the same way. */
  private static final int SCANNED = 10_000;

  private final NominationRows rows;
  private final Endorsers endorsers;
  private final Appraisers appraisers;
  private final Directory directory;

  NominationWork(
      NominationRows rows, Endorsers endorsers, Appraisers appraisers, Directory directory) {
    this.rows = rows;
    this.endorsers = endorsers;
    this.appraisers = appraisers;
    this.directory = directory;
  }

  @Override
  public String deadline() {
    return "nominations-due";
  }

  @Override
  public Optional<LocalDateTime> due(Settings settings) {
    return Optional.ofNullable(settings.cycle().nominationsDue());
  }

  @Override
  public String whatKey() {
    return "nomination.remind.what";
  }

  @Override
  public String command() {
    return "/my";
  }

  @Override
  @Transactional(readOnly = true)
  public List<Owed> owed(Instant now) {
    List<Owed> owed = new ArrayList<>();
    Function<Nomination, List<String>> proposer = n -> List.of(n.proposerId());
    add(owed, "nomination.remind.drafts", "/my", byPerson(proposer, NominationState.DRAFT));
    add(
        owed,
        "nomination.remind.returned",
        "/my",
        byPerson(proposer, NominationState.RETURNED, NominationState.NEEDS_MORE));
    Map<String, List<Nomination>> toEndorse = byPerson(this::endorsers, NominationState.SUBMITTED);
    add(owed, "nomination.remind.endorse", "/endorse", toEndorse);
    Map<String, List<Nomination>> toAppraise = byPerson(this::appraisers, NominationState.ENDORSED);
    add(owed, "nomination.remind.appraise", "/appraise", toAppraise);
    return owed;
  }

  /** The cycle's nominations in these states, under each person who has to act on them. */
  private Map<String, List<Nomination>> byPerson(
      Function<Nomination, List<String>> who, NominationState... states) {
    int year = directory.settings().cycle().year();
    Map<String, List<Nomination>> map = new LinkedHashMap<>();
    for (NominationState state : states) {
      for (Nomination n : rows.inState(state, SCANNED)) {
        if (n.cycleYear() == year) {
          who.apply(n).forEach(p -> map.computeIfAbsent(p, k -> new ArrayList<>()).add(n));
        }
      }
    }
    return map;
  }

  private List<String> endorsers(Nomination n) {
    return endorsers.of(n).stream().map(Person::id).toList();
  }

  private List<String> appraisers(Nomination n) {
    return appraisers.of(n).stream().map(Person::id).toList();
  }

  /** One item per person: how many, and their codes (drafts have none). */
  private static void add(
      List<Owed> owed, String key, String command, Map<String, List<Nomination>> byPerson) {
    byPerson.forEach(
        (person, list) -> {
          List<String> codes =
              list.stream().map(Nomination::codeText).filter(c -> c != null).toList();
          String count = String.valueOf(list.size());
          owed.add(new Owed(person, key, List.of(count, String.join(", ", codes)), command));
        });
  }
}
