package vn.exemplarbot.telegram;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.exemplarbot.telegram.internal.ApiReachability;
import vn.exemplarbot.telegram.internal.BotApi;

/**
 * {@code botApi} in health: down once the Bot API has answered nothing for {@code
 * EXEMPLAR_API_DOWN_AFTER} (default five minutes). Polling hears it at every long poll; {@code
 * getMe} is asked besides, every minute, so a quiet night in webhook mode is no outage. Part of the
 * public status.
 */
@Component("botApiHealthIndicator")
class BotApiHealth implements HealthIndicator {

  private final ApiReachability reachability;
  private final Duration downAfter;

  BotApiHealth(BotApi api, @Value("${exemplar.api.down-after:PT5M}") Duration downAfter) {
    this.reachability = api.reachability();
    this.downAfter = downAfter;
  }

  @Override
  public Health health() {
    Duration silent = reachability.silentFor();
    Health.Builder health = silent.compareTo(downAfter) > 0 ? Health.down() : Health.up();
    return health
        .withDetail(
            "lastAnswer",
            reachability
                .sinceLastAnswer()
                .map(ago -> Instant.now().minus(ago).toString())
                .orElse("none since start"))
        .withDetail("silentSeconds", silent.toSeconds())
        .withDetail("downAfter", downAfter.toString())
        .build();
  }
}
