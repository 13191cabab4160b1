package vn.exemplarbot.website;

import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.exemplarbot.decision.Recognitions;
import vn.exemplarbot.roster.Directory;

/**
 * Regenerates the whole export from what is public now: one page per year (the current cycle's also
 * as {@code index.html}), {@code exemplars.json} and {@code exemplars.atom}. The whole export is
 * rewritten each time: it is small, and so no file can lag behind another.
 */
@Component
class SiteExport {

  private static final Logger log = LoggerFactory.getLogger(SiteExport.class);

  private final Recognitions recognitions;
  private final Directory directory;
  private final SiteFiles files;
  private final ExemplarPages pages;
  private final Feeds feeds;

  SiteExport(
      Recognitions recognitions,
      Directory directory,
      SiteFiles files,
      ExemplarPages pages,
      Feeds feeds) {
    this.recognitions = recognitions;
    this.directory = directory;
    this.files = files;
    this.pages = pages;
    this.feeds = feeds;
  }

  /**
   * Rewrites every file. Synchronized: the update handler and the ticker may both get here, and the
   * later call must also be the later write.
   */
  synchronized void regenerate() {
    Snapshot snapshot = Snapshot.read(recognitions, directory);
    Set<String> kept = new LinkedHashSet<>();
    for (int year : snapshot.years()) {
      String name = SiteFiles.yearPage(year);
      files.write(name, pages.page(snapshot, year));
      kept.add(name);
    }
    files.write(SiteFiles.INDEX, pages.page(snapshot, snapshot.currentYear()));
    files.write(SiteFiles.JSON, feeds.json().export(snapshot));
    files.write(SiteFiles.ATOM, feeds.atom().feed(snapshot));
    files.keepOnlyYearPages(kept);
    log.info("Website export regenerated: {} exemplar(s)", snapshot.exemplars().size());
  }
}
