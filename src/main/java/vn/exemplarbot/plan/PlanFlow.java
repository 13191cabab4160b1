package vn.exemplarbot.plan;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.FileFetcher;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.roster.Person;

/**
 * What a person sends while filing a plan: a document, or a photo of a paper plan (taken as its
 * file), or a typed text of at most {@link #MAX_CHARS} characters (so the Office can read it back
 * in one Telegram message). Each is answered with a summary to confirm; a later one replaces it.
 */
@Component
class PlanFlow implements FlowHandler {

  static final String FLOW = "plan";
  static final int MAX_CHARS = 4000;

  private final Flows flows;
  private final PlanPrompts prompts;

  PlanFlow(Flows flows, PlanPrompts prompts) {
    this.flows = flows;
    this.prompts = prompts;
  }

  @Override
  public String flow() {
    return FLOW;
  }

  @Override
  public void onInput(Turn turn, Input input) {
    Person person = turn.person().orElseThrow();
    Optional<PlanDraft> draft = flows.state(person.id(), FLOW, PlanDraft.class);
    if (draft.isEmpty() || draft.get().division() == null) {
      turn.hint("plan.pick-first");
      return;
    }
    Optional<PlanDraft> next = take(turn, draft.get(), input);
    if (next.isPresent()) {
      flows.save(person.id(), FLOW, next.get());
      turn.reply(new Message.Text(prompts.confirm(turn, next.get()), prompts.confirmButtons(turn)));
    }
  }

  private Optional<PlanDraft> take(Turn turn, PlanDraft draft, Input input) {
    if (input instanceof Input.Upload upload) {
      if (upload.size() > FileFetcher.MAX_BYTES) {
        turn.reply("plan.refused.file-large");
        return Optional.empty();
      }
      String name = upload.fileName() == null ? "ke-hoach" : upload.fileName();
      return Optional.of(draft.withFile(upload.fileId(), name, upload.mimeType(), upload.size()));
    }
    if (!(input instanceof Input.Text typed)) {
      turn.reply("plan.refused.other");
      return Optional.empty();
    }
    String text = typed.text().strip();
    if (text.isEmpty()) {
      turn.reply("plan.refused.empty");
      return Optional.empty();
    }
    if (text.length() > MAX_CHARS) {
      turn.reply("plan.refused.long", text.length(), MAX_CHARS);
      return Optional.empty();
    }
    return Optional.of(draft.withText(text));
  }
}
