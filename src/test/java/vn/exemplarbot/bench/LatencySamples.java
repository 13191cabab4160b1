package vn.exemplarbot.bench;

import java.util.Arrays;

/** Durations in nanoseconds, recorded from any thread, read as percentiles in milliseconds. */
final class LatencySamples {

  private long[] nanos = new long[16_384];
  private int size;

  synchronized void add(long value) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = value;
  }

  synchronized int size() {
    return size;
  }

  /** The nearest-rank percentile in ms, or NaN when there is no sample. */
  synchronized double percentileMs(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }
}
