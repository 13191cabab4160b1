package vn.exemplarbot.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.documents.Certificate;
import vn.exemplarbot.documents.Documents;
import vn.exemplarbot.documents.Issuer;
import vn.exemplarbot.fostering.Fostering;
import vn.exemplarbot.fostering.Subject;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Role;

/**
 * What a new exemplar gets at publication: a certificate (Giấy công nhận) kept beside its decision
 * and sent to those concerned and the council secretaries, a place on the follow-up list
 * (fostering), and, with the others of the ballot, an announcement in {@code announce-chat-id}.
 */
@Component
class Exemplars {

  private final Directory directory;
  private final Outbox outbox;
  private final Texts texts;
  private final Fostering fostering;
  private final Path dataDir;

  Exemplars(
      Directory directory,
      Outbox outbox,
      Texts texts,
      Fostering fostering,
      @Value("${exemplar.data-dir}") Path dataDir) {
    this.directory = directory;
    this.outbox = outbox;
    this.texts = texts;
    this.fostering = fostering;
    this.dataDir = dataDir;
  }

  void issue(DecisionSubjects.Subject s, DecisionRows.Decision d, Set<String> concerned) {
    int year = s.cycleYear();
    Certificate certificate =
        new Certificate(
            DecisionFiles.exemplar(s), s.movement(), year, d.number(), d.decidedOn(), null, false);
    String relative = "decisions/" + d.id() + "/giay-cong-nhan-" + s.code() + ".pdf";
    write(relative, Documents.certificatePdf(Issuer.of(directory.config()), certificate));
    Set<String> recipients = new LinkedHashSet<>(concerned);
    directory.roster().withRole(Role.COUNCIL_SECRETARY).forEach(p -> recipients.add(p.id()));
    String name = "Giay-cong-nhan-" + s.code() + ".pdf";
    String caption = texts.get(Texts.VI, "decision.certificate.caption", s.code(), s.name());
    recipients.forEach(id -> outbox.toPerson(id, new Message.Document(relative, name, caption)));
    Subject subject =
        s.collective()
            ? Subject.collective(s.divisionCode())
            : Subject.individual(s.personId(), s.divisionCode());
    fostering.follow(
        subject, texts.get(Texts.VI, "decision.follow-reason", String.valueOf(year), d.number()));
  }

  void announce(List<DecisionSubjects.Subject> recognised) {
    Long chat = directory.settings().announceChatId();
    if (chat == null || recognised.isEmpty()) {
      return;
    }
    StringBuilder text =
        new StringBuilder(
            texts.get(
                Texts.VI,
                "decision.announce.header",
                String.valueOf(recognised.get(0).cycleYear())));
    for (DecisionSubjects.Subject s : recognised) {
      text.append("\n\n")
          .append(
              texts.get(
                  Texts.VI,
                  "decision.announce.one",
                  s.name(),
                  s.division(),
                  excerpt(s.achievements())));
    }
    outbox.toChat(chat, new Message.Text(text.toString()));
  }

  private static String excerpt(String achievements) {
    String a = achievements == null ? "" : achievements.strip();
    return a.length() > 400 ? a.substring(0, 400) + "…" : a;
  }

  private void write(String relative, byte[] bytes) {
    Path file = dataDir.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the certificate at " + file, e);
    }
  }
}
