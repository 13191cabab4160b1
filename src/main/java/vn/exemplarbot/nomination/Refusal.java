package vn.exemplarbot.nomination;

import java.util.List;

/** Why a step or a submission is refused: a bundle key and its arguments. */
record Refusal(String key, List<Object> args) {

  static Refusal of(String key, Object... args) {
    return new Refusal(key, List.of(args));
  }

  Object[] arguments() {
    return args.toArray();
  }
}
