package vn.exemplarbot.health;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /actuator/health} on the public port: the status of the health group {@code public} (the
 * database, the storage, the Bot API answering, the token accepted) and nothing else, {@code 200}
 * when up and {@code 503} when not, for a load balancer or an uptime monitor outside. Spring's own
 * endpoints, details among them, answer only on the management port.
 */
@RestController
class PublicHealth {

  private final HealthEndpoint health;

  PublicHealth(HealthEndpoint health) {
    this.health = health;
  }

  @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> status() {
    Status status = health.healthForPath("public").getStatus();
    boolean up = Status.UP.equals(status) || Status.UNKNOWN.equals(status);
    return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .cacheControl(CacheControl.noStore())
        .body("{\"status\":\"" + status.getCode() + "\"}");
  }
}
