package vn.exemplarbot.clock;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock clock() {
    return Clock.system(Zones.LOCAL);
  }

  @Bean
  @ConditionalOnMissingBean(SteadyClock.class)
  SteadyClock steadyClock() {
    return SteadyClock.system();
  }
}
