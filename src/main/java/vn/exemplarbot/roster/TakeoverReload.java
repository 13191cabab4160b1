package vn.exemplarbot.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.storage.LeaseTaken;

/**
 * An instance that takes over from another re-reads {@code bot-config/}, as {@code /reload} does: a
 * standby started days ago may hold an older copy than the files now say.
 */
@Component
class TakeoverReload {

  private static final Logger log = LoggerFactory.getLogger(TakeoverReload.class);

  private final Directory directory;

  TakeoverReload(Directory directory) {
    this.directory = directory;
  }

  @EventListener
  void on(LeaseTaken taken) {
    if (!taken.takeover()) {
      return;
    }
    ConfigLoad outcome = directory.reload();
    log.info(
        "Took over (epoch {}): bot-config/ read again, {}",
        taken.epoch(),
        outcome instanceof ConfigLoad.Loaded ? "loaded" : "the configuration in force stays");
  }
}
