package vn.exemplarbot.roster;

import java.nio.file.Path;

/** The start is refused: {@code bot-config/} has mistakes; the message lists each with its fix. */
public class ConfigRefusedException extends RuntimeException {

  private final Path configDir;
  private final String vietnamese;
  private final String english;

  public ConfigRefusedException(Path configDir, String vietnamese, String english) {
    super("bot-config refused (" + configDir + "):\n" + vietnamese + english);
    this.configDir = configDir;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  public Path configDir() {
    return configDir;
  }

  public String vietnamese() {
    return vietnamese;
  }

  public String english() {
    return english;
  }
}
