package vn.exemplarbot.storage;

/**
 * This instance became the active one, with this epoch; {@code takeover} when it had been a standby
 * first (another instance was active, or the lease was found held), not at its own first start.
 */
public record LeaseTaken(long epoch, boolean takeover) {}
