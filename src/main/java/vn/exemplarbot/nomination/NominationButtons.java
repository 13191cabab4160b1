package vn.exemplarbot.nomination;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.roster.Person;

/**
 * The buttons of {@code /nominate}: {@code nom:<draft>:<seq>:<action>[:<arg>]}. A press counts only
 * when the draft is the sender's, is still a draft, and the sequence number is the current step's;
 * anything else (an older message, forged data) is refused with an alert and changes nothing.
 */
@Component
class NominationButtons implements ButtonHandler {

  private static final Set<String> ANYWHERE = Set.of("back", "cancel");

  private final Drafts drafts;
  private final Wizard wizard;
  private final Submission submission;
  private final Completion completion;
  private final Map<String, BiConsumer<Session, CallbackData>> actions = new HashMap<>();
  private final Map<Step, Set<String>> allowed = new EnumMap<>(Step.class);

  NominationButtons(
      Drafts drafts, Wizard wizard, Choices choices, Submission submission, Completion completion) {
    this.drafts = drafts;
    this.wizard = wizard;
    this.submission = submission;
    this.completion = completion;
    on(Step.KIND, "kind", choices::kind);
    on(Step.DIVISION, "div", choices::division);
    on(Step.PERSON, "per", choices::person);
    on(
        Step.PERSON,
        "page",
        (s, d) -> wizard.go(s, s.draft().page(d.longArg(3).orElse(0L).intValue())));
    on(Step.MOVEMENT, "mov", choices::movement);
    on(Step.ACHIEVEMENTS, "keep", (s, d) -> wizard.forward(s));
    on(Step.CRITERIA, "keep", (s, d) -> wizard.forward(s));
    on(Step.CRITERIA, "met", (s, d) -> wizard.go(s, s.draft().awaitingEvidence(true)));
    on(Step.FILES, "done", (s, d) -> wizard.forward(s));
    on(Step.NEW_FACTOR, "nf", choices::newFactor);
    on(Step.SUMMARY, "send", (s, d) -> send(s));
    on(Step.SUMMARY, "edit", (s, d) -> wizard.go(s, s.draft().at(Step.EDIT)));
    on(Step.EDIT, "jump", this::jump);
    actions.put("back", (s, d) -> wizard.back(s));
    actions.put("cancel", (s, d) -> wizard.cancel(s));
  }

  @Override
  public String kind() {
    return Session.KIND;
  }

  @Override
  public void onPress(Turn turn, CallbackData data) {
    Optional<Session> session = open(turn, data);
    String action = data.args().size() > 2 ? data.arg(2) : "";
    if (session.isEmpty() || !fits(session.get().draft().step(), action)) {
      turn.alert("nomination.stale");
      return;
    }
    actions.get(action).accept(session.get(), data);
  }

  private Optional<Session> open(Turn turn, CallbackData data) {
    Person person = turn.person().orElseThrow();
    Optional<Long> id = data.longArg(0);
    Optional<Long> seq = data.longArg(1);
    if (id.isEmpty() || seq.isEmpty()) {
      return Optional.empty();
    }
    return drafts
        .state(person)
        .filter(d -> d.nominationId() == id.get() && d.seq() == seq.get())
        .flatMap(
            d ->
                drafts
                    .ownDraft(person, d.nominationId())
                    .map(n -> new Session(turn, person, n, d)));
  }

  private boolean fits(Step step, String action) {
    return ANYWHERE.contains(action) || allowed.getOrDefault(step, Set.of()).contains(action);
  }

  private void send(Session s) {
    if (s.nomination().dossierOnly()) {
      completion.send(s);
    } else {
      submission.submit(s);
    }
  }

  private void jump(Session s, CallbackData data) {
    String target = data.args().size() > 3 ? data.arg(3) : "";
    Draft draft = s.draft().editing(true);
    if (target.matches("C\\d{1,2}") && Integer.parseInt(target.substring(1)) < wizard.criteria()) {
      wizard.go(s, draft.atCriterion(Integer.parseInt(target.substring(1))));
      return;
    }
    Set<String> targets =
        s.nomination().dossierOnly()
            ? SummaryView.DOSSIER_STEPS
            : Set.of("KIND", "DIVISION", "MOVEMENT", "ACHIEVEMENTS", "FILES", "NEW_FACTOR");
    Optional<Step> step =
        targets.contains(target) ? Optional.of(Step.valueOf(target)) : Optional.empty();
    if (step.isEmpty()) {
      s.turn().alert("nomination.stale");
      return;
    }
    wizard.go(s, draft.at(step.get()));
  }

  private void on(Step step, String action, BiConsumer<Session, CallbackData> handler) {
    actions.put(action, handler);
    allowed.computeIfAbsent(step, k -> new java.util.HashSet<>()).add(action);
  }
}
