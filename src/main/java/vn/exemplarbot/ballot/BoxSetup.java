package vn.exemplarbot.ballot;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BoxRows;

/**
 * Creates a ballot's voter list and box full at opening: a voter row per member and nomination they
 * may vote on, then (apart) as many empty box rows per nomination, each with a random receipt. The
 * voter rows follow the roster; the box rows follow nothing.
 */
@Component
class BoxSetup {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int RECEIPT_LENGTH = 8;

  private final BoxRows box;
  private final SecureRandom random = new SecureRandom();

  BoxSetup(BoxRows box) {
    this.box = box;
  }

  /** Whether this member votes on this nomination: not on one of themselves, with recusal on. */
  static boolean eligible(FrozenRules rules, Item item, String personId) {
    return !(rules.recuseSelf() && personId.equals(item.nomineePersonId()));
  }

  static Set<Long> eligibleFor(FrozenRules rules, List<Item> items, String personId) {
    return items.stream()
        .filter(i -> eligible(rules, i, personId))
        .map(Item::nominationId)
        .collect(Collectors.toSet());
  }

  void create(long ballotId, FrozenRules rules, List<Item> items, List<String> members) {
    for (Item item : items) {
      int base = 0;
      for (String member : members) {
        if (eligible(rules, item, member)) {
          box.addVoter(ballotId, item.nominationId(), member);
          base++;
        }
      }
      for (int i = 0; i < base; ) {
        if (box.addEmpty(ballotId, item.nominationId(), receipt(), salt())) {
          i++;
        }
      }
    }
  }

  /** One of the empty rows, picked at random so that the filling order says nothing. */
  String pick(List<String> emptyRows) {
    return emptyRows.get(random.nextInt(emptyRows.size()));
  }

  /** 32 random lowercase hex characters: a box row's salt (and an empty row's placeholder). */
  String salt() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private String receipt() {
    StringBuilder receipt = new StringBuilder(RECEIPT_LENGTH);
    for (int i = 0; i < RECEIPT_LENGTH; i++) {
      receipt.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return receipt.toString();
  }
}
