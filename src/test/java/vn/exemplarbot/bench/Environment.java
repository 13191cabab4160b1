package vn.exemplarbot.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** One line saying where and when the figures were taken. */
final class Environment {

  private Environment() {}

  static String describe() {
    var runtime = ManagementFactory.getRuntimeMXBean();
    String gcs =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    return String.format(
        "%s; %d CPUs; Java %s (%s); GC %s; JVM arguments %s",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        gcs,
        runtime.getInputArguments());
  }
}
