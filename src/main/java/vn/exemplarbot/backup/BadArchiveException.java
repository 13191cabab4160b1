package vn.exemplarbot.backup;

import vn.exemplarbot.storage.StartupTexts;

/** A backup archive that must not be restored: damaged, changed, incomplete or unsafe. */
public class BadArchiveException extends Exception {

  public BadArchiveException(String key, Object... args) {
    super(StartupTexts.both(key, args));
  }
}
