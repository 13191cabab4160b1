package vn.exemplarbot.conversation;

/**
 * A module's command. The dispatcher checks the roles of {@link #spec()}; the module checks again.
 */
public interface CommandHandler {

  CommandSpec spec();

  void handle(Turn turn, String args);
}
