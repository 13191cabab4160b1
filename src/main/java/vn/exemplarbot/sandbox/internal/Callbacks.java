package vn.exemplarbot.sandbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.exemplarbot.sandbox.CallbackAnswer;

/** Callback queries users started, and the bot's answers to them. */
public final class Callbacks {

  private final Map<String, Long> unanswered = new HashMap<>();
  private final List<CallbackAnswer> answers = new ArrayList<>();
  private long counter;

  /** Registers a press; returns the new callback_query id. */
  public synchronized String press(long userId) {
    String id = "cq" + ++counter + "u" + userId;
    unanswered.put(id, System.nanoTime());
    return id;
  }

  synchronized void answer(String id, String text, boolean showAlert, long answeredNanos) {
    Long pressed = unanswered.remove(id);
    if (pressed == null) {
      throw ApiError.badRequest(
          "query is too old and response timeout expired or query ID is invalid");
    }
    answers.add(new CallbackAnswer(id, text, showAlert, pressed, answeredNanos));
  }

  public synchronized List<CallbackAnswer> answers() {
    return List.copyOf(answers);
  }
}
