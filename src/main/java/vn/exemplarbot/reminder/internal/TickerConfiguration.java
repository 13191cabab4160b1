package vn.exemplarbot.reminder.internal;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tick: every few seconds, in Quartz's in-memory store (no Quartz tables on SQLite). */
@Configuration(proxyBeanMethods = false)
class TickerConfiguration {

  @Bean
  JobDetail tickJob() {
    return JobBuilder.newJob(TickJob.class).withIdentity("tick").storeDurably().build();
  }

  @Bean
  Trigger tickTrigger(JobDetail tickJob, @Value("${exemplar.tick-seconds:2}") int seconds) {
    return TriggerBuilder.newTrigger()
        .forJob(tickJob)
        .withIdentity("tick")
        .withSchedule(
            SimpleScheduleBuilder.repeatSecondlyForever(seconds)
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }
}
