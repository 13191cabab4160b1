package vn.exemplarbot.storage;

/**
 * The data folder cannot be used as it is: not writable, too little free space, in use by another
 * bot, or holding a database written by a newer version. Thrown before anything is written; the
 * message says what is wrong and how to fix it, in Vietnamese and English.
 */
public class StartupRefusedException extends RuntimeException {

  private final String fix;

  public StartupRefusedException(String problem, String fix) {
    super(problem);
    this.fix = fix;
  }

  public String fix() {
    return fix;
  }
}
