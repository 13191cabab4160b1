package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.exemplarbot.ballot.BallotFacts;

/**
 * The attack of issue 12 on a ballot's seal, by someone holding only the minutes: per nomination
 * the sorted receipts and the counts of each choice, and the seal. It tries every assignment of
 * choices to receipts that matches the counts and hashes each the way a seal is made, without the
 * salts it cannot know (the unsalted formula, and the salted one with empty salts). A hit tells
 * each receipt's choice, so a member could prove their vote by showing their receipt.
 */
final class SealAttack {

  /** What the minutes publish of one nomination. */
  record Published(String code, List<String> receipts, int agree, int disagree, int abstain) {}

  /** How the attacker hashes a guess. */
  enum Formula {
    UNSALTED,
    SALTED_WITHOUT_SALTS
  }

  private final List<Published> items;
  private final String seal;
  private final Formula formula;
  private long tried;

  private SealAttack(List<Published> items, String seal, Formula formula) {
    this.items = items;
    this.seal = seal;
    this.formula = formula;
  }

  /** Each receipt's choice ("code;receipt" → A/D/N), if some assignment hashes to the seal. */
  static Optional<Map<String, String>> recover(List<Published> items, String seal, Formula f) {
    return new SealAttack(items, seal, f).search(0, new LinkedHashMap<>());
  }

  /** How many assignments the attack has to try for these counts (all of them, when it fails). */
  /**
   * The attack on a closed ballot's minutes: trying every assignment of choices to the published
   * receipts (more than a thousand) finds none matching the seal, under any formula.
   */
  static void failsOn(BallotFacts facts) {
    List<Published> minutes =
        facts.lines().stream()
            .map(l -> new Published(l.code(), l.receipts(), l.agree(), l.disagree(), l.abstain()))
            .toList();
    assertThat(assignments(minutes)).isGreaterThan(1000);
    for (Formula formula : Formula.values()) {
      assertThat(recover(minutes, facts.seal(), formula)).as("%s", formula).isEmpty();
    }
  }

  static long assignments(List<Published> items) {
    long total = 1;
    for (Published p : items) {
      total *= multinomial(p.agree() + p.disagree() + p.abstain(), p.agree(), p.disagree());
    }
    return total;
  }

  private Optional<Map<String, String>> search(int item, Map<String, String> guess) {
    if (item == items.size()) {
      tried++;
      return hash(guess).equals(seal) ? Optional.of(new LinkedHashMap<>(guess)) : Optional.empty();
    }
    Published p = items.get(item);
    for (List<String> choices : arrangements(p.agree(), p.disagree(), p.abstain())) {
      for (int i = 0; i < choices.size(); i++) {
        guess.put(p.code() + ";" + p.receipts().get(i), choices.get(i));
      }
      Optional<Map<String, String>> found = search(item + 1, guess);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private String hash(Map<String, String> guess) {
    List<String[]> rows = new ArrayList<>();
    guess.forEach((key, choice) -> rows.add((key + ";" + choice).split(";")));
    StringBuilder text = new StringBuilder();
    if (formula == Formula.UNSALTED) {
      rows.stream().map(r -> String.join(";", r) + "\n").sorted().forEach(text::append);
    } else {
      rows.stream()
          .sorted(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]))
          .forEach(r -> text.append(String.join(";", r)).append(";\n"));
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every distinct sequence with these numbers of A, D and N. */
  private static List<List<String>> arrangements(int agree, int disagree, int abstain) {
    List<List<String>> out = new ArrayList<>();
    arrange(agree, disagree, abstain, new ArrayList<>(), out);
    return out;
  }

  private static void arrange(int a, int d, int n, List<String> prefix, List<List<String>> out) {
    if (a + d + n == 0) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (String[] next : new String[][] {{"A"}, {"D"}, {"N"}}) {
      int left = next[0].equals("A") ? a : next[0].equals("D") ? d : n;
      if (left == 0) {
        continue;
      }
      prefix.add(next[0]);
      arrange(
          a - (next[0].equals("A") ? 1 : 0),
          d - (next[0].equals("D") ? 1 : 0),
          n - (next[0].equals("N") ? 1 : 0),
          prefix,
          out);
      prefix.remove(prefix.size() - 1);
    }
  }

  private static long multinomial(int total, int a, int d) {
    return binomial(total, a) * binomial(total - a, d);
  }

  private static long binomial(int n, int k) {
    long r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
    }
    return r;
  }
}
