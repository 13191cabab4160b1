package vn.exemplarbot.conversation;

/** A guided chat: receives what the person types or sends while its flow is the active one. */
public interface FlowHandler {

  String flow();

  void onInput(Turn turn, Input input);
}
