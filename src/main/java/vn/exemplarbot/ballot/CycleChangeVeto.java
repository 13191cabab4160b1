package vn.exemplarbot.ballot;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.roster.ReloadVeto;
import vn.exemplarbot.roster.Settings;

/**
 * No new cycle while a ballot is open (domain step 10): the open ballot belongs to the cycle in
 * force, and its candidates, results and decisions must not change year under it. Any other reload
 * goes through: the ballot froze its rules and electorate when it opened.
 */
@Component
class CycleChangeVeto implements ReloadVeto {

  private final BallotRows rows;

  CycleChangeVeto(BallotRows rows) {
    this.rows = rows;
  }

  @Override
  public Optional<Refusal> veto(Settings current, Settings next) {
    if (current.cycle().year() == next.cycle().year()) {
      return Optional.empty();
    }
    return rows.open()
        .map(
            b ->
                new Refusal(
                    "ballot.reload.vetoed",
                    List.of(
                        String.valueOf(next.cycle().year()),
                        String.valueOf(b.id()),
                        MemberCards.time(b.closesAt()))));
  }
}
