package vn.exemplarbot.decision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.internal.CertificateRows.Issued;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.fostering.Fostering;
import vn.exemplarbot.fostering.Subject;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.nomination.DecisionSubjects;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Role;

/**
 * What a new exemplar gets at publication: a certificate (Giấy công nhận, {@link Certificates})
 * kept beside its decision and sent to those concerned and the council secretaries (again when it
 * is issued again), a place on the follow-up list (fostering), and, with the others of the ballot,
 * an announcement in {@code announce-chat-id}.
 */
@Component
class Exemplars {

  private final Directory directory;
  private final Outbox outbox;
  private final Texts texts;
  private final Fostering fostering;
  private final Certificates certificates;

  Exemplars(
      Directory directory,
      Outbox outbox,
      Texts texts,
      Fostering fostering,
      Certificates certificates) {
    this.directory = directory;
    this.outbox = outbox;
    this.texts = texts;
    this.fostering = fostering;
    this.certificates = certificates;
  }

  void issue(DecisionSubjects.Subject s, DecisionRows.Decision d, Set<String> concerned) {
    send(s, certificates.first(s, d), concerned, "decision.certificate.caption");
    Subject subject =
        s.collective()
            ? Subject.collective(s.divisionCode())
            : Subject.individual(s.personId(), s.divisionCode());
    String year = String.valueOf(s.cycleYear());
    fostering.follow(subject, texts.get(Texts.VI, "decision.follow-reason", year, d.number()));
  }

  /** Sends the certificate to those concerned and the council secretaries, each once. */
  void send(DecisionSubjects.Subject s, Issued c, Set<String> concerned, String captionKey) {
    Set<String> recipients = new LinkedHashSet<>(concerned);
    directory.roster().withRole(Role.COUNCIL_SECRETARY).forEach(p -> recipients.add(p.id()));
    String caption =
        texts.get(Texts.VI, captionKey, s.code(), s.name(), String.valueOf(c.version()));
    Message.Document document =
        new Message.Document(c.pdfPath(), Certificates.fileName(s, c), caption);
    recipients.forEach(id -> outbox.toPerson(id, document));
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
}
