package vn.exemplarbot.nomination;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.nomination.internal.DossierRows;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;

/**
 * {@code Xem hồ sơ}: the whole dossier, nothing shortened (nominee, division, movement,
 * achievements, each criterion with its answer, the file list), in as many messages as it takes to
 * keep each within Telegram's 4,096 characters, then the evidence files themselves.
 */
@Component
class DossierView {

  /** Room left under 4,096 for the part's title. */
  static final int PART = 3900;

  private final Directory directory;
  private final DossierRows dossier;
  private final SummaryView summary;

  DossierView(Directory directory, DossierRows dossier, SummaryView summary) {
    this.directory = directory;
    this.dossier = dossier;
    this.summary = summary;
  }

  /** Sends the dossier to whoever pressed or typed; the caller has checked they may see it. */
  void send(Turn turn, Nomination n) {
    List<String> parts = pack(sections(turn, n));
    for (int i = 0; i < parts.size(); i++) {
      String title = turn.text("dossier.title", n.codeText(), i + 1, parts.size());
      turn.reply(new Message.Text(title + "\n" + parts.get(i)));
    }
    List<DossierFile> files = dossier.files(n.id());
    for (int i = 0; i < files.size(); i++) {
      DossierFile f = files.get(i);
      String caption =
          turn.text("dossier.file-caption", n.codeText(), i + 1, files.size(), f.fileName());
      turn.reply(new Message.Document(f.path(), f.fileName(), caption, f.fileId(), f.photo()));
    }
  }

  private List<String> sections(Turn t, Nomination n) {
    List<String> out = new ArrayList<>();
    String missing = t.text("nomination.summary.missing");
    String division =
        directory
            .roster()
            .division(n.nomineeDivision())
            .map(Division::name)
            .orElse(n.nomineeDivision());
    String state = t.text(n.shownKey());
    String head =
        t.text(
            "dossier.head",
            SummaryView.kind(t, n.kind()).orElse(missing),
            summary.nominee(n),
            division,
            n.movement() == null ? missing : n.movement(),
            directory.roster().person(n.proposerId()).map(p -> p.name()).orElse(n.proposerId()),
            state);
    out.add(n.stateNote() == null ? head : head + "\n" + t.text("my.note", n.stateNote()));
    out.add(t.text("dossier.achievements", n.achievements() == null ? missing : n.achievements()));
    for (CriterionAnswer a : dossier.answers(n.id())) {
      String key = a.met() ? "dossier.criterion-met" : "dossier.criterion";
      out.add(t.text(key, a.index() + 1, a.criterion(), a.text()));
    }
    out.add(files(t, dossier.files(n.id())));
    return out;
  }

  private static String files(Turn t, List<DossierFile> files) {
    if (files.isEmpty()) {
      return t.text("dossier.no-files");
    }
    StringBuilder list = new StringBuilder(t.text("dossier.files", files.size()));
    for (int i = 0; i < files.size(); i++) {
      list.append('\n').append(t.text("dossier.file", i + 1, files.get(i).fileName()));
    }
    return list.toString();
  }

  /** Sections packed in order into parts of at most {@link #PART} characters where they fit. */
  static List<String> pack(List<String> sections) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String section : sections) {
      if (part.length() > 0 && part.length() + 2 + section.length() > PART) {
        parts.add(part.toString());
        part = new StringBuilder();
      }
      part.append(part.length() == 0 ? "" : "\n\n").append(section);
    }
    parts.add(part.toString());
    return parts;
  }
}
