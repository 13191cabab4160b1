package vn.exemplarbot.telegram;

/** No {@code TELEGRAM_BOT_TOKEN}: the bot has nobody to be. */
class MissingTokenException extends RuntimeException {

  MissingTokenException() {
    super("TELEGRAM_BOT_TOKEN is not set");
  }
}
