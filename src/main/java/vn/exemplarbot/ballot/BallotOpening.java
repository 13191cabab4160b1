package vn.exemplarbot.ballot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.nomination.BallotCandidates;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * Opens a ballot over the appraised nominations: freezes the rules and the electorate (the council
 * members on the roster now), creates the voter list and the box, moves the nominations into the
 * ballot, schedules its closing and reminders, and sends each registered member their ballot (the
 * others get it when they register, while it is open).
 */
@Component
class BallotOpening {

  private final BallotRows rows;
  private final BoxSetup box;
  private final BallotCandidates candidates;
  private final BallotSchedule schedule;
  private final MemberCards cards;
  private final Accounts accounts;

  BallotOpening(
      BallotRows rows,
      BoxSetup box,
      BallotCandidates candidates,
      BallotSchedule schedule,
      MemberCards cards,
      Accounts accounts) {
    this.rows = rows;
    this.box = box;
    this.candidates = candidates;
    this.schedule = schedule;
    this.cards = cards;
    this.accounts = accounts;
  }

  java.util.Optional<Ballot> current() {
    return rows.open();
  }

  /** The opened ballot, or empty when one is open already or nothing waits (nothing changed). */
  java.util.Optional<Ballot> open(Directory directory, Person by, Instant now) {
    List<BallotCandidates.Candidate> appraised = candidates.appraised();
    List<Person> members = directory.roster().withRole(Role.COUNCIL_MEMBER);
    if (rows.open().isPresent() || appraised.isEmpty() || members.isEmpty()) {
      return java.util.Optional.empty();
    }
    FrozenRules rules = FrozenRules.of(directory.settings().ballot());
    Instant closes = now.plus(rules.length());
    long id = rows.insert(directory.settings().cycle().year(), by.id(), now, closes, rules);
    Ballot ballot = rows.find(id).orElseThrow();
    List<Item> items = items(id, appraised);
    for (int i = 0; i < members.size(); i++) {
      rows.addMember(id, members.get(i).id(), members.get(i).name(), i);
    }
    List<String> ids = members.stream().map(Person::id).toList();
    box.create(id, rules, items, ids);
    items.forEach(item -> candidates.enterBallot(item.nominationId(), now));
    schedule.scheduleFor(ballot);
    for (String member : ids) {
      if (accounts.registeredChat(member).isPresent()) {
        cards.send(ballot, items, member, BoxSetup.eligibleFor(rules, items, member));
      }
    }
    return java.util.Optional.of(ballot);
  }

  private List<Item> items(long ballotId, List<BallotCandidates.Candidate> appraised) {
    List<Item> items = new ArrayList<>();
    for (BallotCandidates.Candidate c : appraised) {
      Item item =
          new Item(
              c.id(),
              items.size(),
              c.code(),
              c.nominee(),
              c.division(),
              c.movement(),
              c.excerpt(),
              c.nomineePersonId());
      rows.addItem(ballotId, item);
      items.add(item);
    }
    return items;
  }
}
