package vn.exemplarbot.conversation;

/** A guided chat: receives what the person types or sends while its flow is the active one. */
public interface FlowHandler {

  String flow();

  void onInput(Turn turn, Input input);

  /**
   * The flow is active again after a short flow that had set it aside ended: tell the person where
   * they are (by default, that what they were doing goes on).
   */
  default void resumed(Turn turn) {
    turn.reply("conversation.flow-resumed");
  }
}
