package vn.exemplarbot.playground;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.exemplarbot.clock.Zones;

/** What the page shows around the chat: the clock, the people, the group, the tour, the sample. */
@RestController
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class SandboxState {

  static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("HH:mm, EEEE dd/MM/yyyy", Locale.forLanguageTag("vi"));

  record View(
      long generation,
      String now,
      String nextDue,
      List<SandboxClockMoves.Deadline> deadlines,
      List<RosterView.PersonView> people,
      RosterView.GroupView group,
      List<TourProgress.Step> tour,
      SampleRun.Status sample) {}

  private final SandboxHost host;
  private final RosterView roster;
  private final TourProgress tour;
  private final SandboxClockMoves clock;
  private final SampleRun sample;

  SandboxState(
      SandboxHost host,
      RosterView roster,
      TourProgress tour,
      SandboxClockMoves clock,
      SampleRun sample) {
    this.host = host;
    this.roster = roster;
    this.tour = tour;
    this.clock = clock;
    this.sample = sample;
  }

  @GetMapping("/sandbox/api/state")
  ResponseEntity<View> state() {
    View view =
        new View(
            host.generation(),
            shown(host.clock().instant()),
            clock.nextDue().map(SandboxState::shown).orElse(null),
            clock.deadlines(),
            roster.people(),
            roster.group(),
            tour.steps(),
            sample.status());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
  }

  static String shown(Instant at) {
    return SHOWN.format(LocalDateTime.ofInstant(at, Zones.LOCAL));
  }
}
