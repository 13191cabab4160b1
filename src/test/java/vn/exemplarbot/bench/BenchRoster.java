package vn.exemplarbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The example roster grown for the nomination benchmark: senders in the international cooperation
 * division (each with a telegram-id), and for every round as many nominees, ten to a generated
 * division, so each sender picks a division and pages through its people as a person would. Each
 * generated division has a head who never registers (what they are told waits, as it would).
 */
final class BenchRoster {

  static final int PER_DIVISION = 10;
  private static final long FIRST_SENDER = 900_001;

  private final int users;
  private final List<Long> senderIds = new ArrayList<>();

  record Nominee(String divisionName, String name) {}

  private BenchRoster(int users) {
    this.users = users;
    for (int i = 0; i < users; i++) {
      senderIds.add(FIRST_SENDER + i);
    }
  }

  static BenchRoster write(Path roster, int users, int rounds) throws IOException {
    BenchRoster bench = new BenchRoster(users);
    int nominees = users * rounds;
    int divisions = (nominees + PER_DIVISION - 1) / PER_DIVISION;
    StringBuilder added = new StringBuilder();
    for (int d = 1; d <= divisions; d++) {
      added.append(format("  - { code: B%02d, name: \"%s\" }%n", d, divisionName(d)));
    }
    String yaml =
        Files.readString(roster).replaceFirst("(?m)^divisions:\\n", "divisions:\n" + added);
    StringBuilder people = new StringBuilder("\n");
    for (int i = 0; i < users; i++) {
      people.append(person("bench-sender-%03d", "Người gửi %03d", i + 1, "HTQT"));
      people.append("    telegram-id: ").append(bench.senderIds.get(i)).append('\n');
    }
    for (int d = 1; d <= divisions; d++) {
      people.append(person("bench-head-%02d", "Trưởng phòng thử %02d", d, code(d)));
      people.append("    roles: [division-head]\n");
    }
    for (int n = 0; n < nominees; n++) {
      people.append(
          person("bench-nominee-%03d", "Ứng viên %03d", n + 1, code(n / PER_DIVISION + 1)));
    }
    Files.writeString(roster, yaml + people);
    return bench;
  }

  List<Long> senderIds() {
    return senderIds;
  }

  /** Sender {@code i}'s nominee in a round: nobody is nominated twice in the cycle. */
  Nominee nominee(int round, int sender) {
    int n = round * users + sender;
    return new Nominee(divisionName(n / PER_DIVISION + 1), format("Ứng viên %03d", n + 1));
  }

  private static String person(String idPattern, String namePattern, int n, String division) {
    return format("  - id: " + idPattern + "%n", n)
        + format("    name: \"" + namePattern + "\"%n", n)
        + "    division: "
        + division
        + "\n";
  }

  private static String code(int division) {
    return format("B%02d", division);
  }

  private static String divisionName(int division) {
    return format("Phòng thử %02d", division);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
