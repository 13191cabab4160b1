package vn.exemplarbot.nomination;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Division;

/**
 * The message an endorser gets: the dossier in short (code, nominee, division, movement,
 * achievements) with {@code Giới thiệu} and {@code Trả lại}, in the endorser's language.
 */
@Component
class EndorsementCard {

  static final String KIND = "endorse";
  static final int ACHIEVEMENTS_SHOWN = 200;

  private final Texts texts;
  private final SummaryView summary;
  private final Directory directory;
  private final Endorsers endorsers;
  private final DossierView dossier;

  EndorsementCard(
      Texts texts,
      SummaryView summary,
      Directory directory,
      Endorsers endorsers,
      DossierView dossier) {
    this.texts = texts;
    this.summary = summary;
    this.directory = directory;
    this.endorsers = endorsers;
    this.dossier = dossier;
  }

  Message.Text card(String language, Nomination n) {
    return new Message.Text(text(language, n), buttons(language, n));
  }

  String text(String language, Nomination n) {
    String division =
        directory
            .roster()
            .division(n.nomineeDivision())
            .map(Division::name)
            .orElse(n.nomineeDivision());
    String achievements = n.achievements() == null ? "" : n.achievements();
    if (achievements.length() > ACHIEVEMENTS_SHOWN) {
      achievements = achievements.substring(0, ACHIEVEMENTS_SHOWN) + "…";
    }
    return texts.get(
        language,
        "endorse.card",
        n.codeText(),
        summary.nominee(n),
        division,
        String.valueOf(n.movement()),
        achievements,
        endorsers.name(n.proposerId()));
  }

  /** The card without its first line (the endorser's title): the dossier in short. */
  String details(String language, Nomination n) {
    String text = text(language, n);
    return text.substring(text.indexOf('\n') + 1);
  }

  String nominee(Nomination n) {
    return summary.nominee(n);
  }

  Markup buttons(String language, Nomination n) {
    return new Markup.Inline(
        List.of(
            List.of(
                button(language, "endorse.button.endorse", "ask", n),
                button(language, "endorse.button.return", "ret", n)),
            List.of(button(language, "endorse.button.view", "view", n))));
  }

  /** {@code Xem hồ sơ}: the whole dossier, with its files. */
  void dossier(Turn turn, Nomination n) {
    dossier.send(turn, n);
  }

  Button button(String language, String labelKey, String action, Nomination n) {
    return new Button(
        texts.get(language, labelKey), CallbackData.of(KIND, action, n.id()).encode());
  }
}
