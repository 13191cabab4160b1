package vn.exemplarbot.messaging;

/** The Bot API call an outbox row becomes. */
public enum Method {
  SEND_MESSAGE,
  EDIT_MESSAGE,
  DELETE_MESSAGE,
  SEND_DOCUMENT,
  SET_COMMANDS;

  /** Counts against Telegram's per-chat and global limits on sending and changing messages. */
  public boolean paced() {
    return this != SET_COMMANDS;
  }
}
