package vn.exemplarbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.exemplarbot.backup.BackupCommandLine;
import vn.exemplarbot.move.MoveCommandLine;
import vn.exemplarbot.playground.LaunchMode;
import vn.exemplarbot.playground.LaunchTexts;
import vn.exemplarbot.playground.SandboxHost;

/**
 * The bot. Auto-configurations it never uses are left out, so that a start does not evaluate them
 * or create their beans (issue 16): Spring Data's repositories and web support (every module writes
 * its SQL with {@code JdbcClient}; the dialect bean stays, for {@code storage}), the actuator
 * endpoints that are never exposed (only health and prometheus are), and JMX.
 */
@SpringBootApplication(
    excludeName = {
      "org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration",
      "org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration",
      "org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration",
      "org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration",
      "org.springframework.boot.quartz.autoconfigure.QuartzEndpointAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.audit.AuditAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.audit.AuditEventsEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.beans.BeansEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.condition.ConditionsReportEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.context.ShutdownEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.context.properties"
          + ".ConfigurationPropertiesReportEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.endpoint.jmx.JmxEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.logging.LogFileWebEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.logging.LoggersEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.management.HeapDumpWebEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.management.ThreadDumpEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.sbom.SbomEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.scheduling.ScheduledTasksEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.startup.StartupEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.web.exchanges.HttpExchangesEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.web.mappings.MappingsEndpointAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsEndpointAutoConfiguration",
      "org.springframework.boot.autoconfigure.admin.SpringApplicationAdminJmxAutoConfiguration",
      "org.springframework.boot.autoconfigure.jmx.JmxAutoConfiguration",
      "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration"
    })
public class ExemplarBotApplication {

  /**
   * {@code verify}, {@code restore} and {@code migrate-to} before anything else; then with a token,
   * the bot; without one, the sandbox, unless that is refused or switched off.
   */
  public static void main(String[] args) {
    if (BackupCommandLine.handles(args)) {
      System.exit(BackupCommandLine.run(args, System.getenv(), System.out));
    }
    if (MoveCommandLine.handles(args)) {
      System.exit(MoveCommandLine.run(args, System.getenv(), System.out));
    }
    LaunchMode.Decision decision = LaunchMode.decide(args, System.getenv(), System.getProperties());
    if (decision instanceof LaunchMode.Sandbox sandbox) {
      SandboxHost.run(sandbox, ExemplarBotApplication.class, args);
    } else if (decision instanceof LaunchMode.Refused refused) {
      System.err.println(LaunchTexts.refusal(refused));
      System.exit(1);
    } else {
      SpringApplication.run(ExemplarBotApplication.class, args);
    }
  }
}
