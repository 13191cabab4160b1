package vn.exemplarbot.sandbox;

/**
 * One push of an update to the bot's webhook: the update's id and the HTTP status the bot answered
 * (0 when it could not be reached).
 */
public record WebhookDelivery(long updateId, int status) {}
