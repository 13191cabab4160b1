package vn.exemplarbot.roster;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.exemplarbot.clock.Zones;

/**
 * The configuration in force: the roster and the settings from {@code bot-config/}. Loaded at start
 * (a refused file stops the start) and on {@code /reload} (a refused file keeps the old one, and so
 * does a valid one a module vetoes: a new cycle while a ballot is open).
 */
@Component
public class Directory {

  private static final Logger log = LoggerFactory.getLogger(Directory.class);
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final Path configDir;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<ReloadVeto> vetoes;
  private final AtomicReference<BotConfig> current = new AtomicReference<>();
  private volatile String hash = "";

  Directory(
      @Value("${exemplar.config-dir}") Path configDir,
      MessageSource messages,
      ApplicationEventPublisher events,
      ObjectProvider<ReloadVeto> vetoes) {
    this.configDir = configDir;
    this.messages = messages;
    this.events = events;
    this.vetoes = vetoes;
    ConfigLoad outcome = BotConfigLoader.load(configDir, Zones.LOCAL);
    if (outcome instanceof ConfigLoad.Refused refused) {
      throw new ConfigRefusedException(
          configDir, render(refused.problems(), VI), render(refused.problems(), Locale.ENGLISH));
    }
    install(((ConfigLoad.Loaded) outcome).config());
  }

  public Roster roster() {
    return current.get().roster();
  }

  public Settings settings() {
    return current.get().settings();
  }

  public BotConfig config() {
    return current.get();
  }

  public Path configDir() {
    return configDir;
  }

  /** The SHA-256 of the {@code bot-config/} files in force, as loaded (hex). */
  public String configHash() {
    return hash;
  }

  /** Re-reads both files; on refusal or a module's veto the configuration in force stays. */
  public ConfigLoad reload() {
    ConfigLoad outcome = vetoed(BotConfigLoader.load(configDir, Zones.LOCAL));
    if (outcome instanceof ConfigLoad.Loaded loaded) {
      install(loaded.config());
      events.publishEvent(new ConfigReloaded(loaded.config().warnings().size()));
    } else if (outcome instanceof ConfigLoad.Refused refused) {
      log.warn(
          "Reload refused, the configuration in force stays:\n{}", render(refused.problems(), VI));
    }
    return outcome;
  }

  private ConfigLoad vetoed(ConfigLoad outcome) {
    if (outcome instanceof ConfigLoad.Loaded loaded) {
      Settings next = loaded.config().settings();
      Optional<ReloadVeto.Refusal> refusal =
          vetoes.orderedStream().flatMap(v -> v.veto(settings(), next).stream()).findFirst();
      if (refusal.isPresent()) {
        log.warn(
            "Reload vetoed ({}), the configuration in force stays", refusal.get().messageKey());
        return new ConfigLoad.Vetoed(refusal.get());
      }
    }
    return outcome;
  }

  /** Renders problems in a language, one per line. */
  public String render(List<ConfigProblem> problems, Locale locale) {
    StringBuilder text = new StringBuilder();
    for (ConfigProblem problem : problems) {
      text.append("- ")
          .append(problem.render((key, args) -> messages.getMessage(key, args, locale)))
          .append('\n');
    }
    return text.toString();
  }

  private void install(BotConfig config) {
    current.set(config);
    hash = ConfigHash.of(configDir);
    if (!config.warnings().isEmpty()) {
      log.warn(
          "Configuration gaps (the bot runs, but fix these):\n{}", render(config.warnings(), VI));
    }
  }
}
