package vn.exemplarbot.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak of the whole JVM's heap over a phase, two ways: the largest used heap seen by a sampler
 * every 5 ms (a peak that existed at one instant), and the sum of each heap pool's own peak since
 * the last reset (an upper bound: the pools need not peak together). Also GC counts and time.
 */
final class HeapWatch implements AutoCloseable {

  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long sampledPeak;
  private long gcCountAtReset;
  private long gcMillisAtReset;

  HeapWatch() {
    sampler = new Thread(this::sample, "bench-heap");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Forgets the peaks so far (after warm-up). */
  void reset() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    sampledPeak = used();
    gcCountAtReset = gcCount();
    gcMillisAtReset = gcMillis();
  }

  double sampledPeakMb() {
    return Math.max(sampledPeak, used()) / (1024.0 * 1024.0);
  }

  double poolPeaksMb() {
    return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
  }

  double maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }

  long gcsSinceReset() {
    return gcCount() - gcCountAtReset;
  }

  long gcMillisSinceReset() {
    return gcMillis() - gcMillisAtReset;
  }

  private void sample() {
    while (running) {
      long now = used();
      if (now > sampledPeak) {
        sampledPeak = now;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
