package vn.exemplarbot.decision;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.FileFetcher;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.decision.internal.DecisionRows;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;

/**
 * The file sent after {@code /signed}: a PDF or an image (a document or a photo) of at most 20 MB,
 * answered with what will happen and {@code Xác nhận}; a later file replaces it; anything else is
 * refused with a clear answer. {@code /cancel} leaves.
 */
@Component
class SignedFlow implements FlowHandler {

  static final String FLOW = "decision-signed";

  private final Flows flows;
  private final DecisionRows rows;
  private final SignedCommand command;

  SignedFlow(Flows flows, DecisionRows rows, SignedCommand command) {
    this.flows = flows;
    this.rows = rows;
    this.command = command;
  }

  /** The decision and, once sent, the file (by Telegram's id) and its extension. */
  record Scan(long decisionId, String fileId, String fileName, String extension) {}

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    String person = turn.person().orElseThrow().id();
    Optional<Scan> scan = flows.state(person, FLOW, Scan.class);
    Optional<DecisionRows.Decision> d = scan.flatMap(s -> rows.decision(s.decisionId()));
    if (d.isEmpty() || SignedCommand.signer(turn).isEmpty()) {
      flows.end(person, FLOW);
      turn.reply("correction.signed.not-allowed");
    } else if (!(input instanceof Input.Upload upload)) {
      turn.reply("correction.signed.send-file");
    } else if (upload.size() > FileFetcher.MAX_BYTES) {
      turn.reply("correction.signed.too-large", FileFetcher.MAX_BYTES / (1024 * 1024));
    } else if (Signing.extension(upload.fileName(), upload.mimeType()).isEmpty()) {
      turn.reply(
          "correction.signed.wrong-type", upload.fileName() == null ? "?" : upload.fileName());
    } else {
      String extension = Signing.extension(upload.fileName(), upload.mimeType());
      String name = upload.fileName() == null ? "ban-ky." + extension : upload.fileName();
      flows.save(person, FLOW, new Scan(d.get().id(), upload.fileId(), name, extension));
      confirm(turn, d.get(), name);
    }
  }

  private void confirm(Turn turn, DecisionRows.Decision d, String name) {
    String text =
        turn.text(
            "correction.signed.confirm",
            name,
            command.label(turn, d),
            String.join(", ", command.codes(d)));
    Markup buttons =
        Markup.Inline.row(
            new Button(
                turn.text("decision.button.confirm"),
                CallbackData.of(SignedCommand.KIND, "ok").encode()),
            new Button(
                turn.text("decision.button.cancel"),
                CallbackData.of(SignedCommand.KIND, "no").encode()));
    turn.reply(new Message.Text(text, buttons));
  }
}
