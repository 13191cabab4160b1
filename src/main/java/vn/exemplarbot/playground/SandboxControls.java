package vn.exemplarbot.playground;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.exemplarbot.messaging.Texts;

/** The sandbox's own controls: the clock, the sample data, reset. */
@RestController
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class SandboxControls {

  private final SandboxHost host;
  private final SandboxClockMoves clock;
  private final SampleRun sample;
  private final Texts texts;

  SandboxControls(SandboxHost host, SandboxClockMoves clock, SampleRun sample, Texts texts) {
    this.host = host;
    this.clock = clock;
    this.sample = sample;
    this.texts = texts;
  }

  @PostMapping("/sandbox/api/clock")
  ResponseEntity<?> clock(@RequestParam(required = false) String move) {
    return clock
        .move(move)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> error(texts.get(Texts.VI, "sandbox.error.clock", String.valueOf(move))));
  }

  @PostMapping("/sandbox/api/sample")
  ResponseEntity<SampleRun.Status> sample() {
    sample.start();
    return ResponseEntity.accepted().body(sample.status());
  }

  @PostMapping("/sandbox/api/reset")
  ResponseEntity<Map<String, Object>> reset() {
    long generation = host.generation();
    host.resetLater();
    return ResponseEntity.accepted()
        .body(
            Map.of(
                "generation", generation, "text", texts.get(Texts.VI, "sandbox.page.resetting")));
  }

  static ResponseEntity<?> error(String text) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", text));
  }
}
