package vn.exemplarbot.playground;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.roster.BotConfigLoader;
import vn.exemplarbot.roster.ConfigLoad;
import vn.exemplarbot.roster.Cycle;
import vn.exemplarbot.roster.Settings;

/**
 * Where a sandbox starts, read from {@code settings.yml} before the bot: the clock at 09:00
 * fourteen days before the cycle's first deadline (so the tour works whatever today's date is, and
 * every deadline lies ahead), and the announcement group to create in the emulator. A file the bot
 * will refuse yields today's date; the bot's own start then says what is wrong.
 */
record SandboxStart(Instant clock, Optional<Long> announceChatId) {

  static final int DAYS_BEFORE = 14;

  static SandboxStart read(Path configDir) {
    ConfigLoad load = BotConfigLoader.load(configDir, Zones.LOCAL);
    if (!(load instanceof ConfigLoad.Loaded loaded)) {
      return new SandboxStart(nineOClock(LocalDateTime.now(Zones.LOCAL)), Optional.empty());
    }
    Settings settings = loaded.config().settings();
    Optional<Long> group = Optional.ofNullable(settings.announceChatId()).filter(id -> id < 0);
    return new SandboxStart(clockFor(settings.cycle()), group);
  }

  static Instant clockFor(Cycle cycle) {
    LocalDateTime first = cycle.divisionPlansDue();
    if (cycle.nominationsDue() != null && cycle.nominationsDue().isBefore(first)) {
      first = cycle.nominationsDue();
    }
    return nineOClock(first.minusDays(DAYS_BEFORE));
  }

  private static Instant nineOClock(LocalDateTime day) {
    return day.toLocalDate().atTime(LocalTime.of(9, 0)).atZone(Zones.LOCAL).toInstant();
  }
}
