package vn.exemplarbot.messaging;

import java.util.List;

/** What goes under a message: nothing, inline buttons, a request for the user's own contact. */
public sealed interface Markup {

  Markup NONE = new None();

  record None() implements Markup {}

  record Inline(List<List<Button>> rows) implements Markup {
    public Inline {
      rows = rows.stream().map(List::copyOf).toList();
    }

    public static Inline of(Button... singleColumn) {
      return new Inline(java.util.Arrays.stream(singleColumn).map(List::of).toList());
    }

    public static Inline row(Button... buttons) {
      return new Inline(List.of(List.of(buttons)));
    }
  }

  /** A reply keyboard with one button that shares the user's own phone number. */
  record AskContact(String label) implements Markup {}

  /** Takes a reply keyboard away. */
  record RemoveKeyboard() implements Markup {}
}
