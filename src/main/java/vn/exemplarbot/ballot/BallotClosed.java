package vn.exemplarbot.ballot;

/** A ballot closed and its facts are recorded ({@link BallotMinutes#facts}): the minutes follow. */
public record BallotClosed(long ballotId) {}
