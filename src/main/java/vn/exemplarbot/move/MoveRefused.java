package vn.exemplarbot.move;

/**
 * The move stops here: the exit code, and what to print (Vietnamese, then English, then the fix).
 */
final class MoveRefused extends RuntimeException {

  private final int code;

  MoveRefused(int code, String... lines) {
    super(String.join("\n", lines), null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
