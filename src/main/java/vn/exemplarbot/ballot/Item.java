package vn.exemplarbot.ballot;

/** A nomination in a ballot, as it read when the ballot opened. */
public record Item(
    long nominationId,
    int position,
    String code,
    String nominee,
    String division,
    String movement,
    String excerpt,
    String nomineePersonId) {}
