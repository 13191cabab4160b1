package vn.exemplarbot.fostering;

/** What adding someone to the list came to: added now, or already on it (nothing changed). */
public sealed interface Listing {

  long factorId();

  record Added(long factorId) implements Listing {}

  record AlreadyListed(long factorId) implements Listing {}
}
