package vn.exemplarbot.reminder.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import vn.exemplarbot.reminder.TimedActions;

/** Quartz's only job: a tick that asks for the due actions to run. */
@DisallowConcurrentExecution
public class TickJob implements Job {

  private final TimedActions actions;

  public TickJob(TimedActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(JobExecutionContext context) {
    actions.runDue();
  }
}
