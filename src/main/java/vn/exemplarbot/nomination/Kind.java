package vn.exemplarbot.nomination;

import java.util.Arrays;
import java.util.Locale;

/** Who is nominated: a person (cá nhân) or a division (tập thể). */
public enum Kind {
  INDIVIDUAL,
  COLLECTIVE;

  public String db() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Kind fromDb(String value) {
    return value == null
        ? null
        : Arrays.stream(values()).filter(k -> k.db().equals(value)).findFirst().orElseThrow();
  }
}
