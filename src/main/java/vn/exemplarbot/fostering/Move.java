package vn.exemplarbot.fostering;

import java.util.List;

/** What a choice in {@code Thêm nhân tố mới} comes to: the next step, or a refusal to show. */
sealed interface Move {

  record Next(Adding state) implements Move {}

  record Refused(String key, List<Object> args) implements Move {
    Refused(String key, Object... args) {
      this(key, List.of(args));
    }
  }
}
