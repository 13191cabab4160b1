package vn.exemplarbot.roster;

/** What {@code /start} or a shared contact came to. */
public sealed interface Registration {

  /** Known and registered; {@code firstTime} when this account was just bound or registered. */
  record Registered(Person person, Account account, boolean firstTime) implements Registration {}

  /** Not recognised by id or username: the person may share their own contact. */
  record ContactNeeded() implements Registration {}

  record Refused(Reason reason) implements Registration {}

  enum Reason {
    /** Nobody on the roster has this phone number. */
    UNKNOWN_PHONE,
    /** The roster entry that matches is bound to another Telegram account. */
    BOUND_TO_ANOTHER,
    /** The contact shared is someone else's. */
    FOREIGN_CONTACT,
    /** Only a private chat can register. */
    NOT_PRIVATE
  }
}
