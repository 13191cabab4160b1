package vn.exemplarbot.decision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.documents.DocumentDates;
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
 * once, whatever roles they hold), when made and when numbered; with clerk numbering a draft also
 * tells the clerks how to register its number.
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
      outbox.toPerson(personId, new Message.Document(d.pdfPath(), fileName(d, "pdf"), caption));
      outbox.toPerson(personId, new Message.Document(d.docxPath(), fileName(d, "docx"), caption));
    }
    if (d.draft() && directory.settings().documents().numbering() == Numbering.CLERK) {
      for (Person clerk : directory.roster().withRole(Role.OFFICE_CLERK)) {
        String language = accounts.language(clerk.id());
        outbox.toPerson(
            clerk.id(),
            new Message.Text(
                texts.get(
                    language,
                    "decision.clerk.register",
                    d.id(),
                    list,
                    codes.get(0),
                    directory.roster().organization().shortName())));
      }
    }
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
