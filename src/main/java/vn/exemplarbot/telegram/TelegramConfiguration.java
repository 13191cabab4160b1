package vn.exemplarbot.telegram;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.telegram.internal.BotApi;
import vn.exemplarbot.telegram.internal.OutboxTags;
import vn.exemplarbot.telegram.internal.UpdateTimings;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

  @Bean(destroyMethod = "close")
  BotApi botApi(
      TelegramProperties properties,
      Lease lease,
      @Value("${exemplar.test.outbox-id-header:false}") boolean outboxIdHeader) {
    if (!properties.hasToken()) {
      throw new MissingTokenException();
    }
    BotApi api =
        new BotApi(
            properties.botToken().strip(),
            properties.apiUrl(),
            properties.pollTimeout().plusSeconds(15),
            new OutboxTags(outboxIdHeader));
    api.callWhile(lease::active);
    return api;
  }

  @Bean
  UpdateTimings updateTimings() {
    return new UpdateTimings();
  }
}
