package vn.exemplarbot.conversation;

/** The answer to a button press: a short toast, or an alert the user must dismiss. */
public record Answer(String callbackQueryId, String text, boolean alert) {}
