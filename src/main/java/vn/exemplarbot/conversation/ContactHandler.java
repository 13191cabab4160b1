package vn.exemplarbot.conversation;

/** Receives a shared contact (registration is the only one who needs it). */
public interface ContactHandler {

  void onContact(Turn turn, Input.Contact contact);
}
