package vn.exemplarbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure of style.md, enforced: a violation fails the build. */
class ArchitectureTests {

  static final ApplicationModules modules = ApplicationModules.of(ExemplarBotApplication.class);
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.exemplarbot");
  }

  @Test
  void modulesFormNoCycleAndUseOnlyEachOthersApi() {
    modules.verify();
  }

  @Test
  void onlyTheTelegramAdapterSeesTelegramBots() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.exemplarbot.telegram..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.telegram..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheTelegramAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.exemplarbot.telegram..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.exemplarbot.telegram..")
        .check(classes);
  }

  @Test
  void theEmulatorStandsAlone() {
    noClasses()
        .that()
        .resideInAPackage("vn.exemplarbot.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.exemplarbot.roster..",
            "vn.exemplarbot.conversation..",
            "vn.exemplarbot.messaging..",
            "vn.exemplarbot.telegram..")
        .check(classes);
  }

  /**
   * Delivery waits, paces and retries on the monotonic clock ({@code SteadyClock}, {@code
   * System.nanoTime}): an NTP step of the wall clock must neither stall it nor hurry it. (The
   * exceptions read the wall clock only to show since when a trouble lasts, or a message's date.)
   */
  @Test
  void deliveryNeverWaitsOnTheWallClock() {
    noClasses()
        .that()
        .resideInAnyPackage("vn.exemplarbot.messaging..", "vn.exemplarbot.telegram.internal..")
        .and()
        .doNotHaveSimpleName("AnswerReader")
        .and()
        .doNotHaveSimpleName("StorageWatch")
        .and()
        .doNotHaveSimpleName("PollConflict")
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .check(classes);
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
