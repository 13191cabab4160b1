package vn.exemplarbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The example roster grown for the fan-out benchmark: {@code heads} generated divisions that owe a
 * plan, each with one head with a telegram-id; none files a plan, so {@code division-plans-due}
 * reaches every one of them.
 */
final class FanoutRoster {

  static final long FIRST_ID = 800_001;

  private final List<Long> telegramIds = new ArrayList<>();

  private FanoutRoster(int heads) {
    for (int i = 0; i < heads; i++) {
      telegramIds.add(FIRST_ID + i);
    }
  }

  static FanoutRoster write(Path roster, int heads) throws IOException {
    FanoutRoster fan = new FanoutRoster(heads);
    StringBuilder divisions = new StringBuilder();
    StringBuilder people = new StringBuilder("\n");
    for (int n = 1; n <= heads; n++) {
      divisions.append(format("  - { code: F%04d, name: \"Phòng thử %04d\" }%n", n, n));
      people.append(format("  - id: fan-head-%04d%n", n));
      people.append(format("    name: \"Trưởng phòng thử %04d\"%n", n));
      people.append(format("    division: F%04d%n", n));
      people.append(format("    telegram-id: %d%n", fan.telegramIds.get(n - 1)));
      people.append("    roles: [division-head]\n");
    }
    String yaml =
        Files.readString(roster).replaceFirst("(?m)^divisions:\\n", "divisions:\n" + divisions);
    Files.writeString(roster, yaml + people);
    return fan;
  }

  List<Long> telegramIds() {
    return telegramIds;
  }

  /**
   * Each head as if they had sent {@code /start} (their account row with their private chat),
   * written directly so that 5,000 greetings do not take three minutes first: not measured.
   */
  void register(JdbcClient jdbc, TransactionTemplate transactions) {
    long now = Instant.now().toEpochMilli();
    transactions.executeWithoutResult(
        tx -> {
          for (int i = 0; i < telegramIds.size(); i++) {
            jdbc.sql(
                    "INSERT INTO account (person_id, telegram_id, chat_id, language, bound_by,"
                        + " bound_at, registered_at) VALUES (:p, :t, :t, 'vi', 'roster-id', :now,"
                        + " :now) ON CONFLICT (person_id) DO UPDATE SET chat_id = :t,"
                        + " registered_at = :now")
                .param("p", format("fan-head-%04d", i + 1))
                .param("t", telegramIds.get(i))
                .param("now", now)
                .update();
          }
        });
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
