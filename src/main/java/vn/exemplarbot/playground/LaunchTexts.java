package vn.exemplarbot.playground;

import vn.exemplarbot.storage.StartupTexts;

/**
 * The message bundles read before Spring starts (the launch decision and its refusals): the
 * Vietnamese default, then English.
 */
public final class LaunchTexts {

  private LaunchTexts() {}

  public static String vi(String key, Object... args) {
    return StartupTexts.vi(key, args);
  }

  public static String en(String key, Object... args) {
    return StartupTexts.en(key, args);
  }

  /** Why the sandbox will not start, in Vietnamese then English, with how to go on. */
  public static String refusal(LaunchMode.Refused refused) {
    return vi(refused.reasonKey(), refused.argument())
        + "\n"
        + vi("sandbox.refused.how")
        + "\n\n"
        + en(refused.reasonKey(), refused.argument())
        + "\n"
        + en("sandbox.refused.how");
  }
}
