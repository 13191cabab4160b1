package vn.exemplarbot.ballot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.ballot.internal.BoxRows;

/**
 * Counts a ballot from its box and its voter list: per nomination the base (its voter rows), the
 * votes cast (its filled box rows, which the marked voter rows must equal), the result under the
 * frozen rules, the sorted receipts and the seal. {@code /ballot_audit} counts again the same way.
 */
@Component
class Count {

  private final BallotRows ballots;
  private final BoxRows box;

  Count(BallotRows ballots, BoxRows box) {
    this.ballots = ballots;
    this.box = box;
  }

  BallotFacts facts(Ballot ballot, Instant closedAt) {
    List<Item> items = ballots.items(ballot.id());
    List<BoxRows.Voter> voters = box.voters(ballot.id());
    List<BoxRows.Filled> filled = box.filled(ballot.id());
    FrozenRules rules = ballot.rules();
    List<BallotFacts.Line> lines = new ArrayList<>();
    List<Seal.Entry> sealed = new ArrayList<>();
    for (Item item : items) {
      lines.add(line(rules, item, voters, filled));
      filled.stream()
          .filter(f -> f.nominationId() == item.nominationId())
          .forEach(f -> sealed.add(new Seal.Entry(item.code(), f.receipt(), f.choice(), f.salt())));
    }
    Set<String> voted = new HashSet<>();
    voters.stream().filter(BoxRows.Voter::voted).forEach(v -> voted.add(v.personId()));
    List<String> members = ballots.members(ballot.id()).stream().map(m -> m[1]).toList();
    return new BallotFacts(
        ballot.id(),
        ballot.year(),
        ballot.openedAt(),
        closedAt,
        members,
        voted.size(),
        voted.size(),
        0,
        rules.quorum(),
        rules.passThreshold(),
        rules.passBase(),
        rules.allowAbstain(),
        lines.stream().allMatch(BallotFacts.Line::quorumMet),
        lines,
        Seal.of(sealed, ballot.sealScheme()));
  }

  private static BallotFacts.Line line(
      FrozenRules rules, Item item, List<BoxRows.Voter> voters, List<BoxRows.Filled> filled) {
    long id = item.nominationId();
    int base = (int) voters.stream().filter(v -> v.nominationId() == id).count();
    int marked = (int) voters.stream().filter(v -> v.nominationId() == id && v.voted()).count();
    List<BoxRows.Filled> mine = filled.stream().filter(f -> f.nominationId() == id).toList();
    if (mine.size() != marked) {
      throw new IllegalStateException("box and voter list disagree on " + item.code());
    }
    Tally tally =
        new Tally(
            base,
            count(mine, Choice.AGREE),
            count(mine, Choice.DISAGREE),
            count(mine, Choice.ABSTAIN));
    List<String> receipts = mine.stream().map(BoxRows.Filled::receipt).sorted().toList();
    return new BallotFacts.Line(
        item.code(),
        item.nominee(),
        item.division(),
        tally.agree(),
        tally.disagree(),
        tally.abstain(),
        base,
        tally.cast(),
        tally.quorumMet(rules),
        Tally.share(tally.agree(), base),
        Tally.share(tally.agree(), tally.cast()),
        rules.passThreshold(),
        tally.result(rules),
        receipts);
  }

  private static int count(List<BoxRows.Filled> filled, Choice choice) {
    return (int) filled.stream().filter(f -> f.choice().equals(choice.letter())).count();
  }
}
