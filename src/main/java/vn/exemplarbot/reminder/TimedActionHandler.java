package vn.exemplarbot.reminder;

import java.time.Instant;

/**
 * Carries out timed actions of one kind. Runs inside the transaction that claims the action: what
 * it writes (and the messages it puts in the outbox) commits with the claim, or neither does.
 */
public interface TimedActionHandler {

  String kind();

  void run(TimedAction action, Instant now);
}
