package vn.exemplarbot.nomination;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Texts;

/**
 * The message an appraiser gets: the endorsement card's short dossier under its own title (waiting
 * for appraisal, or completed after {@code Bổ sung}) with {@code Đạt}, {@code Bổ sung} and {@code
 * Xem hồ sơ}; buttons {@code appr:<action>:<nomination>}.
 */
@Component
class AppraisalCard {

  static final String KIND = "appr";

  private final Texts texts;
  private final EndorsementCard endorsement;
  private final DossierView dossier;

  AppraisalCard(Texts texts, EndorsementCard endorsement, DossierView dossier) {
    this.texts = texts;
    this.endorsement = endorsement;
    this.dossier = dossier;
  }

  Message.Text card(String language, Nomination n, boolean completed) {
    return new Message.Text(text(language, n, completed), buttons(language, n));
  }

  String text(String language, Nomination n, boolean completed) {
    String title =
        texts.get(
            language, completed ? "appraise.card.completed" : "appraise.card.title", n.codeText());
    return title + "\n" + endorsement.details(language, n);
  }

  Markup buttons(String language, Nomination n) {
    return new Markup.Inline(
        List.of(
            List.of(
                button(language, "appraise.button.pass", "ask", n),
                button(language, "appraise.button.more", "more", n)),
            List.of(button(language, "endorse.button.view", "view", n))));
  }

  Markup reopen(String language, Nomination n) {
    return Markup.Inline.of(button(language, "appraise.button.reopen", "ro", n));
  }

  String nominee(Nomination n) {
    return endorsement.nominee(n);
  }

  void dossier(Turn turn, Nomination n) {
    dossier.send(turn, n);
  }

  Button button(String language, String labelKey, String action, Nomination n) {
    return new Button(
        texts.get(language, labelKey), CallbackData.of(KIND, action, n.id()).encode());
  }
}
