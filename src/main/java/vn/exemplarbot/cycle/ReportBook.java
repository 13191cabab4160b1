package vn.exemplarbot.cycle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.fostering.FactorOverview;
import vn.exemplarbot.nomination.CycleNominations;
import vn.exemplarbot.plan.PlanStatus;
import vn.exemplarbot.roster.Directory;

/**
 * The cycle as a workbook for the provincial board: the summary and the nominations here, the
 * council's results, the decisions and the new factors in {@link CouncilSheets}. Headers come from
 * the bundles in the asker's language (Vietnamese by default).
 */
@Component
class ReportBook {

  private final FactorOverview factors;
  private final Directory directory;

  ReportBook(FactorOverview factors, Directory directory) {
    this.factors = factors;
    this.directory = directory;
  }

  byte[] render(Turn turn, Snapshot s, Instant now) {
    List<FactorOverview.Line> listed = factors.all();
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SheetWriter.Styles styles = SheetWriter.Styles.of(book);
      summary(turn, s, listed.size(), now, new SheetWriter(book, sheet(turn, "summary"), styles));
      nominations(turn, s, new SheetWriter(book, sheet(turn, "nominations"), styles));
      CouncilSheets sheets = new CouncilSheets(turn, s);
      sheets.results(new SheetWriter(book, sheet(turn, "results"), styles));
      sheets.decisions(new SheetWriter(book, sheet(turn, "decisions"), styles));
      sheets.factors(listed, new SheetWriter(book, sheet(turn, "factors"), styles));
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the report of " + s.year(), e);
    }
  }

  private static String sheet(Turn turn, String name) {
    return turn.text("cycle.report.sheet." + name);
  }

  private void summary(Turn turn, Snapshot s, int factorCount, Instant now, SheetWriter w) {
    w.header(List.of(turn.text("cycle.report.item"), turn.text("cycle.report.figure")));
    figure(w, turn, "organization", directory.roster().organization().name());
    figure(w, turn, "year", "" + s.year());
    figure(w, turn, "made-at", CycleDates.moment(now));
    long filed = s.plans().stream().filter(PlanStatus.Standing::filed).count();
    figure(w, turn, "plans-owed", s.plans().size());
    figure(w, turn, "plans-filed", filed);
    figure(w, turn, "plans-late", s.plans().stream().filter(p -> p.filed() && p.late()).count());
    figure(w, turn, "plans-missing", s.plans().size() - filed);
    figure(w, turn, "nominations", s.nominations().size());
    for (String key : States.KEYS) {
      long n = States.count(s.nominations(), key);
      if (n > 0) {
        w.row("  " + turn.text("cycle.state." + key), n);
      }
    }
    figure(w, turn, "ballots", s.ballots().size());
    figure(w, turn, "decisions", s.decisions().decisions().size());
    figure(w, turn, "drafts", s.drafts().size());
    figure(w, turn, "rejections", s.decisions().rejections().size());
    figure(w, turn, "awaiting", s.decisions().awaiting().size());
    figure(w, turn, "factors", factorCount);
    w.finish();
  }

  private static void figure(SheetWriter w, Turn turn, String key, Object value) {
    w.row(turn.text("cycle.report." + key), value);
  }

  /** Counts by division and kind and state, then one row per nomination. */
  private static void nominations(Turn turn, Snapshot s, SheetWriter w) {
    List<String> header = new ArrayList<>();
    List.of("division", "kind", "total").forEach(k -> header.add(turn.text("cycle.report." + k)));
    States.KEYS.forEach(k -> header.add(turn.text("cycle.state." + k)));
    w.header(header);
    Map<String, List<CycleNominations.Entry>> groups = new TreeMap<>();
    for (CycleNominations.Entry n : s.nominations()) {
      groups.computeIfAbsent(n.division() + "\t" + n.kind(), k -> new ArrayList<>()).add(n);
    }
    groups.values().forEach(list -> w.row(counts(turn, list).toArray()));
    w.blank();
    List<String> columns = List.of("code", "kind", "nominee", "division", "movement", "state");
    w.header(columns.stream().map(k -> turn.text("cycle.report." + k)).toList());
    for (CycleNominations.Entry n : s.nominations()) {
      String state = turn.text(States.key(n));
      w.row(n.code(), kind(turn, n), n.nominee(), n.division(), n.movement(), state);
    }
    w.finish();
  }

  private static List<Object> counts(Turn turn, List<CycleNominations.Entry> list) {
    CycleNominations.Entry first = list.get(0);
    List<Object> cells = new ArrayList<>(List.of(first.division(), kind(turn, first), list.size()));
    States.KEYS.forEach(key -> cells.add(States.count(list, key)));
    return cells;
  }

  static String kind(Turn turn, CycleNominations.Entry n) {
    return turn.text("cycle.kind." + n.kind().db());
  }
}
