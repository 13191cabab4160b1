package vn.exemplarbot.bench;

import java.util.List;
import java.util.Locale;

/** The figures of one phase, fixed when it ends. */
record PhaseResult(
    String name,
    int updates,
    int presses,
    double offeredSeconds,
    double appliedSeconds,
    double commitP50,
    double commitP99,
    double commitMax,
    double botAnswerP99,
    double pressAnswerP50,
    double pressAnswerP99,
    int answered,
    double heapSampledMb,
    double heapPoolPeaksMb,
    double heapMaxMb,
    long gcs,
    long gcMillis) {

  PhaseResult(
      String name,
      int updates,
      int presses,
      double offeredSeconds,
      double appliedSeconds,
      LatencySamples commits,
      LatencySamples botAnswers,
      LatencySamples pressAnswers,
      HeapWatch heap) {
    this(
        name,
        updates,
        presses,
        offeredSeconds,
        appliedSeconds,
        commits.percentileMs(50),
        commits.percentileMs(99),
        commits.percentileMs(100),
        botAnswers.percentileMs(99),
        pressAnswers.percentileMs(50),
        pressAnswers.percentileMs(99),
        pressAnswers.size(),
        heap.sampledPeakMb(),
        heap.poolPeaksMb(),
        heap.maxHeapMb(),
        heap.gcsSinceReset(),
        heap.gcMillisSinceReset());
  }

  double appliedPerSecond() {
    return updates / appliedSeconds;
  }

  /** A Markdown table, one column per phase, under a line describing the machine. */
  static String table(List<PhaseResult> results, String environment) {
    StringBuilder out = new StringBuilder("\n").append(environment).append("\n\n| figure |");
    results.forEach(r -> out.append(' ').append(r.name()).append(" |"));
    out.append("\n|---|");
    results.forEach(r -> out.append("---:|"));
    row(out, results, "updates (of which presses)", r -> r.updates() + " (" + r.presses() + ")");
    row(out, results, "offered in s", r -> f(r.offeredSeconds()));
    row(out, results, "all applied after s", r -> f(r.appliedSeconds()));
    row(out, results, "**updates applied/s**", r -> f(r.appliedPerSecond()));
    row(out, results, "**commit p50 ms** (arrival → commit)", r -> f(r.commitP50()));
    row(out, results, "**commit p99 ms**", r -> f(r.commitP99()));
    row(out, results, "commit max ms", r -> f(r.commitMax()));
    row(out, results, "**answer p99 ms** (arrival → answer returned)", r -> f(r.botAnswerP99()));
    row(out, results, "press → answer p50 ms (emulator)", r -> f(r.pressAnswerP50()));
    row(out, results, "press → answer p99 ms (emulator)", r -> f(r.pressAnswerP99()));
    row(out, results, "presses answered", r -> String.valueOf(r.answered()));
    row(out, results, "**peak heap MB** (sampled, whole JVM)", r -> f(r.heapSampledMb()));
    row(out, results, "sum of heap pool peaks MB", r -> f(r.heapPoolPeaksMb()));
    row(out, results, "heap cap MB", r -> f(r.heapMaxMb()));
    row(out, results, "GCs (ms)", r -> r.gcs() + " (" + r.gcMillis() + ")");
    return out.append('\n').toString();
  }

  private static void row(
      StringBuilder out,
      List<PhaseResult> results,
      String label,
      java.util.function.Function<PhaseResult, String> value) {
    out.append("\n| ").append(label).append(" |");
    results.forEach(r -> out.append(' ').append(value.apply(r)).append(" |"));
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
