package vn.exemplarbot.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting in exact fractions, and the seal as documents.md defines it. */
class TallyTests {

  private static FrozenRules rules(String quorum, String threshold, String base) {
    return new FrozenRules(quorum, threshold, base, true, true, "P3D", List.of());
  }

  @Test
  void fourOfSevenMeetsAtLeastFourSeventhsExactlyAndThreeDoNot() {
    FrozenRules r = rules(">= 2/3", ">= 4/7", "members");
    assertThat(new Tally(7, 4, 3, 0).result(r)).isEqualTo(BallotFacts.Result.PASSED);
    assertThat(new Tally(7, 3, 4, 0).result(r)).isEqualTo(BallotFacts.Result.FAILED);
  }

  @Test
  void aStrictThresholdRefusesTheExactHit() {
    FrozenRules r = rules(">= 2/3", "> 50%", "members");
    assertThat(new Tally(6, 3, 3, 0).result(r)).isEqualTo(BallotFacts.Result.FAILED);
    assertThat(new Tally(6, 4, 2, 0).result(r)).isEqualTo(BallotFacts.Result.PASSED);
  }

  @Test
  void quorumCountsVotesCastAgainstTheBaseWithoutRecusedMembers() {
    FrozenRules r = rules(">= 2/3", ">= 4/7", "members");
    assertThat(new Tally(7, 4, 0, 0).result(r)).isEqualTo(BallotFacts.Result.NO_QUORUM);
    assertThat(new Tally(7, 4, 0, 1).quorumMet(r)).isTrue();
    // A recused member leaves a base of six: four of six meet two thirds.
    assertThat(new Tally(6, 4, 0, 0).quorumMet(r)).isTrue();
  }

  @Test
  void ofVotesCastAbstentionsCountAsCastNeverAsAgree() {
    FrozenRules r = rules(">= 2/3", "> 50%", "votes-cast");
    assertThat(new Tally(7, 3, 1, 1).result(r)).isEqualTo(BallotFacts.Result.PASSED);
    assertThat(new Tally(7, 3, 1, 2).result(r)).isEqualTo(BallotFacts.Result.FAILED);
  }

  @Test
  void sharesAreShownWithTwoDecimalsAndAVietnameseComma() {
    assertThat(Tally.share(4, 7)).isEqualTo("4/7 (57,14%)");
    assertThat(Tally.share(2, 3)).isEqualTo("2/3 (66,67%)");
    assertThat(Tally.share(0, 0)).isEqualTo("0/0");
  }

  @Test
  void anUnsaltedSealHashesTheLinesCodeReceiptChoiceSortedAsText() throws Exception {
    String seal =
        Seal.of(
            List.of(
                new Seal.Entry("N-2", "BBBB2222", "D", null),
                new Seal.Entry("N-10", "ZZZZ9999", "N", null),
                new Seal.Entry("N-2", "AAAA1111", "A", null)),
            Ballot.UNSALTED_SEAL);
    assertThat(seal).isEqualTo(sha256("N-10;ZZZZ9999;N\nN-2;AAAA1111;A\nN-2;BBBB2222;D\n"));
  }

  @Test
  void theSaltedSealHashesCodeReceiptChoiceSaltSortedByCodeThenReceipt() throws Exception {
    String a = "0123456789abcdef0123456789abcdef";
    String b = "fedcba9876543210fedcba9876543210";
    String c = "00000000000000000000000000000001";
    String seal =
        Seal.of(
            List.of(
                new Seal.Entry("N-2", "BBBB2222", "D", b),
                new Seal.Entry("N-10", "ZZZZ9999", "N", c),
                new Seal.Entry("N-2", "AAAA1111", "A", a)),
            Ballot.SALTED_SEAL);
    assertThat(seal)
        .isEqualTo(
            sha256(
                "N-10;ZZZZ9999;N;" + c + "\nN-2;AAAA1111;A;" + a + "\nN-2;BBBB2222;D;" + b + "\n"))
        .matches("[0-9a-f]{64}");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
