package vn.exemplarbot.telegram;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import vn.exemplarbot.storage.StartupRefusedException;
import vn.exemplarbot.storage.StartupTexts;
import vn.exemplarbot.telegram.internal.WebhookAddress;

/**
 * Refuses a {@code TELEGRAM_WEBHOOK_URL} Telegram would not push to, with the fix, before the data
 * folder is touched (it runs before the folder's own checks).
 */
public final class WebhookUrlCheck implements EnvironmentPostProcessor, Ordered {

  static final String URL = "telegram.webhook-url";
  static final String ALLOW_PLAIN = "exemplar.test.allow-plain-webhook";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String url = environment.getProperty(URL);
    try {
      WebhookAddress.parse(url, environment.getProperty(ALLOW_PLAIN, Boolean.class, false));
    } catch (WebhookAddress.Refused e) {
      throw new StartupRefusedException(
          StartupTexts.both(
              e.key(),
              WebhookAddress.redacted(url.strip(), environment.getProperty("telegram.bot-token"))),
          StartupTexts.both("telegram.webhook.refused.fix"));
    }
  }

  /** After the configuration files are read, before the data folder is prepared. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 10;
  }
}
