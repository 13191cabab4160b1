package vn.exemplarbot.conversation;

/**
 * A module's buttons, found by the kind in their callback data. The press is from {@link
 * Turn#sender()}, whatever the data says: check that person's role and the ids again.
 */
public interface ButtonHandler {

  String kind();

  void onPress(Turn turn, CallbackData data);

  /**
   * True for buttons whose data carries a secret (a ballot choice): while such a press waits
   * unhandled in the inbox, no backup is taken.
   */
  default boolean carriesSecret() {
    return false;
  }
}
