package vn.exemplarbot.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The figures of one round of the nomination benchmark, fixed when it ends. */
record RoundResult(
    String name,
    int submitted,
    int updates,
    double seconds,
    double commitP50,
    double commitP99,
    double commitMax,
    double answerP99,
    double stepP50,
    double stepP99,
    int stepCount,
    double heapSampledMb,
    long gcs,
    long gcMillis) {

  RoundResult(
      String name,
      int submitted,
      int updates,
      double seconds,
      LatencySamples commits,
      LatencySamples answers,
      LatencySamples steps,
      HeapWatch heap) {
    this(
        name,
        submitted,
        updates,
        seconds,
        commits.percentileMs(50),
        commits.percentileMs(99),
        commits.percentileMs(100),
        answers.percentileMs(99),
        steps.percentileMs(50),
        steps.percentileMs(99),
        steps.size(),
        heap.sampledPeakMb(),
        heap.gcsSinceReset(),
        heap.gcMillisSinceReset());
  }

  /** A Markdown table, one column per round, under a line describing the machine. */
  static String table(List<RoundResult> results, String environment) {
    StringBuilder out = new StringBuilder("\n").append(environment).append("\n\n| figure |");
    results.forEach(r -> out.append(' ').append(r.name()).append(" |"));
    out.append("\n|---|");
    results.forEach(r -> out.append("---:|"));
    row(out, results, "nominations submitted", r -> String.valueOf(r.submitted()));
    row(out, results, "updates applied", r -> String.valueOf(r.updates()));
    row(out, results, "round took s", r -> f(r.seconds()));
    row(out, results, "**commit p50 ms** (arrival → commit)", r -> f(r.commitP50()));
    row(out, results, "**commit p99 ms**", r -> f(r.commitP99()));
    row(out, results, "commit max ms", r -> f(r.commitMax()));
    row(out, results, "**answer p99 ms** (arrival → answer returned)", r -> f(r.answerP99()));
    row(out, results, "steps timed", r -> String.valueOf(r.stepCount()));
    row(out, results, "step → reply shown p50 ms", r -> f(r.stepP50()));
    row(out, results, "step → reply shown p99 ms", r -> f(r.stepP99()));
    row(out, results, "**peak heap MB** (sampled, whole JVM)", r -> f(r.heapSampledMb()));
    row(out, results, "GCs (ms)", r -> r.gcs() + " (" + r.gcMillis() + ")");
    return out.append('\n').toString();
  }

  private static void row(
      StringBuilder out,
      List<RoundResult> results,
      String label,
      Function<RoundResult, String> value) {
    out.append("\n| ").append(label).append(" |");
    results.forEach(r -> out.append(' ').append(value.apply(r)).append(" |"));
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
