package vn.exemplarbot.playground;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Directory;

/**
 * Runs the sample data on a thread of its own (emulated people typing and pressing take a few
 * seconds), one run at a time, and says how it went.
 */
@Component
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class SampleRun {

  private static final Logger log = LoggerFactory.getLogger(SampleRun.class);

  /** idle, running, done or failed, with the words to show. */
  record Status(String state, String text) {}

  private final SandboxHost host;
  private final Directory directory;
  private final Texts texts;
  private volatile Status status = new Status("idle", "");

  SampleRun(SandboxHost host, Directory directory, Texts texts) {
    this.host = host;
    this.directory = directory;
    this.texts = texts;
  }

  Status status() {
    return status;
  }

  /** Starts a run; false when one is already under way. */
  synchronized boolean start() {
    if (status.state().equals("running")) {
      return false;
    }
    status = new Status("running", texts.get(Texts.VI, "sandbox.page.sample-running"));
    Thread run = new Thread(this::run, "sandbox-sample");
    run.setDaemon(true);
    run.start();
    return true;
  }

  private void run() {
    try {
      SandboxPeople people = new SandboxPeople(host.emulator(), directory.roster());
      SampleData sample =
          new SampleData(
              host.emulator(),
              people,
              directory.roster(),
              directory.settings(),
              Duration.ofSeconds(20));
      List<String> codes = sample.fileThree();
      status =
          new Status(
              "done", texts.get(Texts.VI, "sandbox.page.sample-done", String.join(", ", codes)));
    } catch (RuntimeException e) {
      log.warn("Sample data failed: {}", e.getMessage());
      status =
          new Status("failed", texts.get(Texts.VI, "sandbox.page.sample-failed", e.getMessage()));
    }
  }
}
