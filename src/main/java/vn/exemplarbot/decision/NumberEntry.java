package vn.exemplarbot.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.roster.Directory;

/**
 * How a clerk's number and date are read, typed ({@code /number}) or entered by buttons: the number
 * {@code <n>/QĐ-<short-name>} (also typed {@code QD-}), the date {@code dd/mm/yyyy}, no earlier
 * than a year ago and no later than {@link #DAYS_AHEAD} days from today (an office dates a decision
 * when it is signed; a date far ahead is a typing slip).
 */
@Component
class NumberEntry {

  static final int DAYS_AHEAD = 60;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final Directory directory;
  private final Clock clock;

  NumberEntry(Directory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  String shortName() {
    return directory.roster().organization().shortName();
  }

  /** The number as registered, if it reads {@code <n>/QĐ-<short-name>}. */
  Optional<String> number(String typed) {
    String number = typed.replace("QD-", "QĐ-").replace("qđ-", "QĐ-").replace("qd-", "QĐ-");
    boolean valid = Pattern.matches("[1-9]\\d{0,4}/QĐ-" + Pattern.quote(shortName()), number);
    return valid ? Optional.of(number) : Optional.empty();
  }

  Optional<LocalDate> date(String typed) {
    try {
      return Optional.of(LocalDate.parse(typed, DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether the date is within reason: a year back at most, {@link #DAYS_AHEAD} days ahead. */
  boolean reasonable(LocalDate on) {
    LocalDate today = clock.instant().atZone(Zones.LOCAL).toLocalDate();
    return !on.isAfter(today.plusDays(DAYS_AHEAD)) && !on.isBefore(today.minusYears(1));
  }
}
