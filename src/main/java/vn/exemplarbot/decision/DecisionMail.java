package vn.exemplarbot.decision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.documents.DocumentDates;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Numbering;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Role;

/**
 * Sends a decision's files to the directors, the council secretaries and the office clerks (each
 * once, whatever roles they hold), when made, when numbered and when its signed scan is attached
 * (from then on the signed scan alone is sent); with clerk numbering a draft also tells the clerks
 * how to register its number, by {@code /number} or the {@code Nhập số} button.
 */
@Component
class DecisionMail {

  private final Directory directory;
  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;

  DecisionMail(Directory directory, Outbox outbox, Accounts accounts, Texts texts) {
    this.directory = directory;
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
  }

  void send(DecisionRows.Decision d, List<String> codes) {
    String list = String.join(", ", codes);
    for (String personId : recipients()) {
      String language = accounts.language(personId);
      String caption =
          d.draft()
              ? texts.get(language, "decision.file.draft", d.id(), list)
              : texts.get(
                  language,
                  "decision.file.numbered",
                  d.number(),
                  DocumentDates.inChat(d.decidedOn()),
                  list);
      files(d)
          .forEach(
              f ->
                  outbox.toPerson(personId, new Message.Document(f.path(), f.fileName(), caption)));
    }
    if (d.draft() && directory.settings().documents().numbering() == Numbering.CLERK) {
      directory.roster().withRole(Role.OFFICE_CLERK).forEach(c -> askNumber(c, d, codes));
    }
  }

  /** The signed scan alone once there is one; before, the PDF and the {@code .docx}. */
  private static List<Message.Document> files(DecisionRows.Decision d) {
    if (d.signed()) {
      return List.of(new Message.Document(d.signedPath(), signedName(d), null));
    }
    return List.of(
        new Message.Document(d.pdfPath(), fileName(d, "pdf"), null),
        new Message.Document(d.docxPath(), fileName(d, "docx"), null));
  }

  /** The signed scan, to the same people, saying who attached it. */
  void sendSigned(DecisionRows.Decision d, List<String> codes, String by) {
    String name = directory.roster().person(by).map(Person::name).orElse(by);
    String number =
        d.draft() ? texts.get(Texts.VI, "correction.signed.draft-number", d.id()) : d.number();
    for (String personId : recipients()) {
      String caption =
          texts.get(
              accounts.language(personId),
              "correction.signed.caption",
              number,
              String.join(", ", codes),
              name);
      outbox.toPerson(personId, new Message.Document(d.signedPath(), signedName(d), caption));
    }
  }

  private void askNumber(Person clerk, DecisionRows.Decision d, List<String> codes) {
    String language = accounts.language(clerk.id());
    String text =
        texts.get(
            language,
            "decision.clerk.register",
            d.id(),
            String.join(", ", codes),
            codes.get(0),
            directory.roster().organization().shortName());
    Button enter =
        new Button(
            texts.get(language, "correction.button.enter-number"),
            CallbackData.of(NumberButtons.KIND, "go", d.id()).encode());
    outbox.toPerson(clerk.id(), new Message.Text(text, Markup.Inline.of(enter)));
  }

  private static String signedName(DecisionRows.Decision d) {
    String name = d.signedName();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    String base = d.draft() ? "Ban-ky-quyet-dinh-" + d.id() : "Quyet-dinh-" + d.id() + "-ban-ky";
    return base + "." + extension;
  }

  private static String fileName(DecisionRows.Decision d, String extension) {
    String name = d.draft() ? "Du-thao-quyet-dinh-" + d.id() : "Quyet-dinh-" + d.id();
    return name + "." + extension;
  }

  private Set<String> recipients() {
    Set<String> ids = new LinkedHashSet<>();
    for (Role role : List.of(Role.DIRECTOR, Role.COUNCIL_SECRETARY, Role.OFFICE_CLERK)) {
      directory.roster().withRole(role).forEach(p -> ids.add(p.id()));
    }
    return ids;
  }
}
