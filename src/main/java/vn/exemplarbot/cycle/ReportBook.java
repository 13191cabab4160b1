package vn.exemplarbot.cycle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    w.row(turn.text("cycle.report.organization"), directory.roster().organization().name());
    w.row(turn.text("cycle.report.year"), "" + s.year());
    w.row(turn.text("cycle.report.made-at"), CycleDates.moment(now));
    long filed = s.plans().stream().filter(PlanStatus.Standing::filed).count();
    w.row(turn.text("cycle.report.plans-owed"), s.plans().size());
    w.row(turn.text("cycle.report.plans-filed"), filed);
    w.row(
        turn.text("cycle.report.plans-late"),
        s.plans().stream().filter(p -> p.filed() && p.late()).count());
    w.row(turn.text("cycle.report.plans-missing"), s.plans().size() - filed);
    w.row(turn.text("cycle.report.nominations"), s.nominations().size());
    for (String key : States.KEYS) {
      long n =
          s.nominations().stream().filter(e -> States.key(e).equals("cycle.state." + key)).count();
      if (n > 0) {
        w.row("  " + turn.text("cycle.state." + key), n);
      }
    }
    w.row(turn.text("cycle.report.ballots"), s.ballots().size());
    w.row(turn.text("cycle.report.decisions"), s.decisions().decisions().size());
    w.row(turn.text("cycle.report.drafts"), s.drafts().size());
    w.row(turn.text("cycle.report.rejections"), s.decisions().rejections().size());
    w.row(turn.text("cycle.report.awaiting"), s.decisions().awaiting().size());
    w.row(turn.text("cycle.report.factors"), factorCount);
    w.finish();
  }

  /** Counts by division and kind and state, then one row per nomination. */
  private static void nominations(Turn turn, Snapshot s, SheetWriter w) {
    List<String> header =
        new ArrayList<>(
            List.of(
                turn.text("cycle.report.division"),
                turn.text("cycle.report.kind"),
                turn.text("cycle.report.total")));
    States.KEYS.forEach(k -> header.add(turn.text("cycle.state." + k)));
    w.header(header);
    Map<String, List<CycleNominations.Entry>> groups = new LinkedHashMap<>();
    s.nominations().stream()
        .sorted((a, b) -> (a.division() + a.kind()).compareTo(b.division() + b.kind()))
        .forEach(
            n ->
                groups
                    .computeIfAbsent(n.division() + "\t" + n.kind(), k -> new ArrayList<>())
                    .add(n));
    groups.values().forEach(list -> w.row(counts(turn, list).toArray()));
    w.blank();
    w.header(
        List.of(
            turn.text("cycle.report.code"),
            turn.text("cycle.report.kind"),
            turn.text("cycle.report.nominee"),
            turn.text("cycle.report.division"),
            turn.text("cycle.report.movement"),
            turn.text("cycle.report.state")));
    for (CycleNominations.Entry n : s.nominations()) {
      w.row(
          n.code(),
          kind(turn, n),
          n.nominee(),
          n.division(),
          n.movement(),
          turn.text(States.key(n)));
    }
    w.finish();
  }

  private static List<Object> counts(Turn turn, List<CycleNominations.Entry> list) {
    CycleNominations.Entry first = list.get(0);
    List<Object> cells = new ArrayList<>(List.of(first.division(), kind(turn, first), list.size()));
    for (String key : States.KEYS) {
      cells.add(list.stream().filter(e -> States.key(e).equals("cycle.state." + key)).count());
    }
    return cells;
  }

  static String kind(Turn turn, CycleNominations.Entry n) {
    return turn.text("cycle.kind." + n.kind().db());
  }
}
