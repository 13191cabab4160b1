package vn.exemplarbot.telegram;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.exemplarbot.telegram.internal.BotApi;
import vn.exemplarbot.telegram.internal.UpdateTimings;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

  @Bean(destroyMethod = "close")
  BotApi botApi(TelegramProperties properties) {
    if (!properties.hasToken()) {
      throw new MissingTokenException();
    }
    return new BotApi(
        properties.botToken().strip(),
        properties.apiUrl(),
        properties.pollTimeout().plusSeconds(15));
  }

  @Bean
  UpdateTimings updateTimings() {
    return new UpdateTimings();
  }
}
