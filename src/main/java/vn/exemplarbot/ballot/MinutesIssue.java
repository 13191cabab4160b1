package vn.exemplarbot.ballot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.documents.BallotMinutes;
import vn.exemplarbot.documents.Documents;
import vn.exemplarbot.documents.Issuer;
import vn.exemplarbot.documents.MinutesRow;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;
import vn.exemplarbot.storage.DataFiles;

/**
 * The minutes (biên bản kiểm phiếu) of a closed ballot as a PDF, kept in {@code
 * <data>/ballots/<id>/} and sent to the secretary, the chair and the director with the results, in
 * the transaction that closed the ballot (and on PostgreSQL kept in the database in it, {@link
 * DataFiles}).
 */
@Component
class MinutesIssue {

  private final Directory directory;
  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;
  private final DataFiles files;

  MinutesIssue(
      Directory directory, Outbox outbox, Accounts accounts, Texts texts, DataFiles files) {
    this.directory = directory;
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
    this.files = files;
  }

  void issue(BallotFacts facts, Set<String> recipients) {
    String relative =
        "ballots/" + facts.ballotId() + "/bien-ban-kiem-phieu-" + facts.ballotId() + ".pdf";
    Path file = files.path(relative);
    write(file, Documents.minutesPdf(Issuer.of(directory.config()), minutes(facts)));
    files.keep(file);
    String name = "Bien-ban-kiem-phieu-" + facts.ballotId() + ".pdf";
    for (String personId : recipients) {
      String caption =
          texts.get(accounts.language(personId), "ballot.minutes.caption", facts.ballotId());
      outbox.toPerson(personId, new Message.Document(relative, name, caption));
    }
  }

  BallotMinutes minutes(BallotFacts f) {
    List<MinutesRow> rows =
        f.lines().stream()
            .map(
                l ->
                    new MinutesRow(
                        l.code(),
                        l.nominee(),
                        l.division(),
                        l.agree(),
                        l.disagree(),
                        l.abstain(),
                        l.base(),
                        l.cast(),
                        l.quorumMet(),
                        l.result() == BallotFacts.Result.PASSED))
            .toList();
    List<String> receipts = f.lines().stream().flatMap(l -> l.receipts().stream()).toList();
    return new BallotMinutes(
        f.year(),
        f.openedAt().atZone(Zones.LOCAL),
        f.closedAt().atZone(Zones.LOCAL),
        f.quorumRule(),
        f.thresholdRule(),
        "members".equals(f.passBase()),
        f.allowAbstain(),
        f.members().size(),
        f.voted(),
        f.valid(),
        f.invalid(),
        rows,
        receipts,
        f.seal(),
        first(Role.COUNCIL_SECRETARY),
        first(Role.COUNCIL_CHAIR));
  }

  private String first(Role role) {
    return directory.roster().withRole(role).stream().findFirst().map(Person::name).orElse("");
  }

  private static void write(Path file, byte[] pdf) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the ballot minutes at " + file, e);
    }
  }
}
