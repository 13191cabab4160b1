package vn.exemplarbot.telegram;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.exemplarbot.telegram.internal.BotApi;
import vn.exemplarbot.telegram.internal.PollConflict;

/**
 * {@code telegram} in {@code /actuator/health}: down while Telegram rejects the bot's token, or
 * while {@code getUpdates} meets a {@code 409 Conflict} (another poller, a webhook), so a monitor
 * sees what the log said once.
 */
@Component("telegram")
class TelegramHealth implements HealthIndicator {

  private final BotApi api;
  private final TelegramRuntime runtime;

  TelegramHealth(BotApi api, TelegramRuntime runtime) {
    this.api = api;
    this.runtime = runtime;
  }

  @Override
  public Health health() {
    if (api.tokenWatch().rejected()) {
      return Health.down()
          .withDetail("token", "rejected by Telegram (401/404); messages are kept")
          .build();
    }
    return runtime
        .conflict()
        .active()
        .map(
            c ->
                Health.down()
                    .withDetail(
                        "getUpdates",
                        c.kind() == PollConflict.Kind.WEBHOOK
                            ? "409 Conflict: a webhook is set for this token"
                            : "409 Conflict: another program polls with this token")
                    .withDetail("since", c.since().toString())
                    .build())
        .orElseGet(() -> Health.up().build());
  }
}
