package vn.exemplarbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.exemplarbot.backup.BackupCommandLine;
import vn.exemplarbot.move.MoveCommandLine;
import vn.exemplarbot.playground.LaunchMode;
import vn.exemplarbot.playground.LaunchTexts;
import vn.exemplarbot.playground.SandboxHost;

@SpringBootApplication
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
