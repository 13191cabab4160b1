package vn.exemplarbot.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.exemplarbot.audit.AuditEntry;
import vn.exemplarbot.audit.AuditLog;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.e2e.BotHarness;
import vn.exemplarbot.roster.BotConfigLoader;
import vn.exemplarbot.roster.ConfigLoad;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The sandbox's sample data: three nominations filed, endorsed and appraised by emulated people
 * typing and pressing through the real bot, with an evidence file each; a roster that cannot
 * provide the cast is refused with what is missing.
 */
class SampleDataTests {

  @TempDir Path work;

  @Test
  void threeNominationsReachTheBallotThroughTheChatAsPeopleWouldFileThem() throws IOException {
    try (BotHarness bot = BotHarness.started(work)) {
      Directory directory = bot.bean(Directory.class);
      SandboxPeople people = new SandboxPeople(bot.emulator(), directory.roster());
      // The visitor already registered one of the sample's proposers by hand.
      EmulatedUser huong = people.user(directory.roster().person("do-thi-huong").orElseThrow());
      huong.send("/start");
      bot.awaitText(huong, "Xin chào");

      List<String> codes =
          new SampleData(
                  bot.emulator(),
                  people,
                  directory.roster(),
                  directory.settings(),
                  Duration.ofSeconds(20))
              .fileThree();

      assertThat(codes).containsExactly("N-1", "N-2", "N-3");
      AuditLog audit = bot.bean(AuditLog.class);
      for (String action :
          List.of("nomination-submitted", "nomination-endorsed", "nomination-appraised")) {
        assertThat(audit.byAction(action))
            .extracting(AuditEntry::subject)
            .containsExactlyInAnyOrderElementsOf(codes);
      }
      try (Stream<Path> files = Files.walk(bot.dataDir().resolve("dossiers"))) {
        assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
            .hasSize(3)
            .allMatch(name -> name.endsWith(".pdf"));
      }
      EmulatedUser lan = people.user(directory.roster().person("nguyen-thi-lan").orElseThrow());
      assertThat(bot.exchange(lan, "/ballot_open", "Mở phiếu bầu kín").text())
          .contains("N-1", "N-2", "N-3");
    }
  }

  @Test
  void aRosterWithoutACouncilSecretaryIsRefusedNamingTheRole() throws IOException {
    Path config = Files.createDirectories(work.resolve("config"));
    Files.copy(Path.of("bot-config", "settings.yml"), config.resolve("settings.yml"));
    String roster = Files.readString(Path.of("bot-config", "roster.yml"));
    Files.writeString(config.resolve("roster.yml"), roster.replace("council-secretary, ", ""));
    ConfigLoad load = BotConfigLoader.load(config, Zones.LOCAL);
    assertThat(load).isInstanceOf(ConfigLoad.Loaded.class);

    assertThatThrownBy(() -> SampleCast.of(((ConfigLoad.Loaded) load).config().roster()))
        .isInstanceOf(SampleDataException.class)
        .hasMessageContaining("council-secretary");
  }
}
