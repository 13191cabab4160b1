package vn.exemplarbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attack itself can succeed: against a seal made the old way (no salt) it finds each receipt's
 * choice from the published receipts, counts and seal, so its failing against the salted seal in
 * {@link BallotSecrecyTests} means something.
 */
class SealAttackTests {

  @Test
  void anUnsaltedSealGivesEveryReceiptsChoiceAway() throws Exception {
    Map<String, String> truth =
        Map.of(
            "N-1;AAAA1111", "A",
            "N-1;BBBB2222", "D",
            "N-1;CCCC3333", "A",
            "N-2;DDDD4444", "N",
            "N-2;EEEE5555", "A");
    StringBuilder text = new StringBuilder();
    truth.entrySet().stream()
        .map(e -> e.getKey() + ";" + e.getValue() + "\n")
        .sorted()
        .forEach(text::append);
    String seal =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    List<SealAttack.Published> minutes =
        List.of(
            new SealAttack.Published("N-1", List.of("AAAA1111", "BBBB2222", "CCCC3333"), 2, 1, 0),
            new SealAttack.Published("N-2", List.of("DDDD4444", "EEEE5555"), 1, 0, 1));

    assertThat(SealAttack.recover(minutes, seal, SealAttack.Formula.UNSALTED)).contains(truth);
    assertThat(SealAttack.assignments(minutes)).isEqualTo(6);
  }
}
