package vn.exemplarbot.sandbox.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.exemplarbot.sandbox.FaultPlan;

/** Draws the faults of the current {@link FaultPlan}, repeatably for a given seed. */
public final class FaultInjector {

  private FaultPlan plan = FaultPlan.none();
  private Random random = new Random(plan.seed());
  private List<FaultPlan.Fault> faults = List.of();
  private int injected;

  public synchronized void plan(FaultPlan plan) {
    this.plan = plan;
    this.random = new Random(plan.seed());
    this.faults = plan.faults().stream().sorted(Comparator.naturalOrder()).toList();
    this.injected = 0;
  }

  public synchronized FaultPlan plan() {
    return plan;
  }

  /** The fault to inject into this request, or null. */
  synchronized FaultPlan.Fault next(String method) {
    if (faults.isEmpty() || !plan.methods().contains(method) || injected >= plan.maxFaults()) {
      return null;
    }
    if (random.nextDouble() >= plan.rate()) {
      return null;
    }
    injected++;
    return faults.get(random.nextInt(faults.size()));
  }
}
