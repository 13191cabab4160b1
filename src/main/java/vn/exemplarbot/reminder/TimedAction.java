package vn.exemplarbot.reminder;

import java.time.Instant;

/** A row of the due-actions table: what to do ({@code kind}, {@code payload}), by when. */
public record TimedAction(long id, String key, String kind, String payload, Instant dueAt) {}
