package vn.exemplarbot.reminder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.exemplarbot.roster.Settings;

/**
 * One deadline whose work several modules own, asked as one: its date, words and command are the
 * first module's, and who still has work is everyone any of them names. So a person owing work to
 * two modules for the same deadline still gets one message per moment.
 */
final class SharedDeadline implements DeadlineWork {

  private final List<DeadlineWork> parts;

  private SharedDeadline(List<DeadlineWork> parts) {
    this.parts = List.copyOf(parts);
  }

  /** One entry per deadline name, in the order the first of each was offered. */
  static List<DeadlineWork> byName(List<DeadlineWork> works) {
    Map<String, List<DeadlineWork>> byName = new LinkedHashMap<>();
    for (DeadlineWork w : works) {
      byName.computeIfAbsent(w.deadline(), k -> new ArrayList<>()).add(w);
    }
    return byName.values().stream()
        .map(list -> list.size() == 1 ? list.get(0) : new SharedDeadline(list))
        .toList();
  }

  @Override
  public String deadline() {
    return parts.get(0).deadline();
  }

  @Override
  public Optional<LocalDateTime> due(Settings settings) {
    return parts.get(0).due(settings);
  }

  @Override
  public String whatKey() {
    return parts.get(0).whatKey();
  }

  @Override
  public String command() {
    return parts.get(0).command();
  }

  @Override
  public List<Owed> owed(Instant now) {
    List<Owed> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.owed(now)));
    return all;
  }
}
