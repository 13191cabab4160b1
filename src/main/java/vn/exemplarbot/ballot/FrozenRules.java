package vn.exemplarbot.ballot;

import java.time.Duration;
import java.util.List;
import vn.exemplarbot.roster.BallotRules;
import vn.exemplarbot.roster.PassBase;
import vn.exemplarbot.roster.Share;

/**
 * The ballot settings as they stood when the ballot opened, stored with it: a later {@code /reload}
 * changes nothing for an open ballot. Shares keep their text and are parsed exactly again.
 */
public record FrozenRules(
    String quorum,
    String passThreshold,
    String passBase,
    boolean allowAbstain,
    boolean recuseSelf,
    String duration,
    List<String> reminderOffsets) {

  static FrozenRules of(BallotRules rules) {
    return new FrozenRules(
        rules.quorum().text(),
        rules.passThreshold().text(),
        rules.passBase().yamlName(),
        rules.allowAbstain(),
        rules.recuseSelf(),
        rules.duration().toString(),
        rules.reminderOffsets().stream().map(Duration::toString).toList());
  }

  Share quorumShare() {
    return Share.of(quorum);
  }

  Share thresholdShare() {
    return Share.of(passThreshold);
  }

  boolean ofVotesCast() {
    return PassBase.VOTES_CAST.yamlName().equals(passBase);
  }

  Duration length() {
    return Duration.parse(duration);
  }

  List<Duration> offsets() {
    return reminderOffsets.stream().map(Duration::parse).toList();
  }
}
