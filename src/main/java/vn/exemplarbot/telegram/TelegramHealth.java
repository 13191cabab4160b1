package vn.exemplarbot.telegram;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.exemplarbot.telegram.internal.BotApi;

/**
 * {@code telegram} in {@code /actuator/health}: down while Telegram rejects the bot's token, so a
 * monitor sees what the log said once.
 */
@Component("telegram")
class TelegramHealth implements HealthIndicator {

  private final BotApi api;

  TelegramHealth(BotApi api) {
    this.api = api;
  }

  @Override
  public Health health() {
    if (api.tokenWatch().rejected()) {
      return Health.down()
          .withDetail("token", "rejected by Telegram (401/404); messages are kept")
          .build();
    }
    return Health.up().build();
  }
}
