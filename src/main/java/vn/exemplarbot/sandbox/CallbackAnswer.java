package vn.exemplarbot.sandbox;

/** An {@code answerCallbackQuery} the bot made, with when the button was pressed and answered. */
public record CallbackAnswer(
    String callbackQueryId,
    String text,
    boolean showAlert,
    long pressedNanos,
    long answeredNanos) {}
