package vn.exemplarbot.fostering;

import java.time.Instant;

/** A dated follow-up note on a factor, by its division head or a council secretary. */
public record Note(long id, long factorId, String authorId, Instant writtenAt, String text) {}
