package vn.exemplarbot.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import vn.exemplarbot.clock.SteadyClock;
import vn.exemplarbot.conversation.Dispatcher;
import vn.exemplarbot.messaging.OutboxQueue;
import vn.exemplarbot.storage.JournalScrub;
import vn.exemplarbot.storage.Lease;
import vn.exemplarbot.storage.LocalCopies;
import vn.exemplarbot.telegram.internal.ApiFailure;
import vn.exemplarbot.telegram.internal.BotApi;
import vn.exemplarbot.telegram.internal.FailureReplies;
import vn.exemplarbot.telegram.internal.Inbox;
import vn.exemplarbot.telegram.internal.OutboxSender;
import vn.exemplarbot.telegram.internal.Pacing;
import vn.exemplarbot.telegram.internal.PollConflict;
import vn.exemplarbot.telegram.internal.StorageWatch;
import vn.exemplarbot.telegram.internal.Telemetry;
import vn.exemplarbot.telegram.internal.Threads;
import vn.exemplarbot.telegram.internal.UpdatePoller;
import vn.exemplarbot.telegram.internal.UpdateProcessor;
import vn.exemplarbot.telegram.internal.UpdateTimings;
import vn.exemplarbot.telegram.internal.UpdateTranslator;
import vn.exemplarbot.telegram.internal.WebhookAddress;
import vn.exemplarbot.telegram.internal.WebhookReceiver;
import vn.exemplarbot.telegram.internal.WebhookState;
import vn.exemplarbot.telegram.internal.WebhookSwitch;

/**
 * Starts and stops the three loops (poll, apply, send) on threads it owns. On stop (SIGTERM) the
 * poll ends at once (what it had not stored stays unconfirmed at Telegram), the update being
 * applied finishes, calls under way get a short grace, then every thread and connection is
 * released. With {@code TELEGRAM_WEBHOOK_URL} there is no poll: Telegram pushes updates to the
 * {@link WebhookEndpoint}, refused with 503 before start and after stop (Telegram keeps them). With
 * two instances on PostgreSQL the loops act only while this one holds the {@link Lease}: a standby
 * neither polls nor applies nor sends, its webhook answers 503, and an instance that loses the
 * lease stops at once (the long poll and the calls under way are cancelled).
 */
@Component
class TelegramRuntime implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TelegramRuntime.class);

  private final BotApi api;
  private final UpdatePoller poller;
  private final UpdateProcessor processor;
  private final OutboxSender sender;
  private final StorageWatch storage;
  private final Inbox inbox;
  private final JournalScrub scrub;
  private final Optional<WebhookAddress> webhook;
  private final WebhookReceiver receiver;
  private final WebhookSwitch switcher;
  private final Lease lease;
  private final Object turns = new Object();
  private final ExecutorService loops = Executors.newFixedThreadPool(3, Threads.named("tg-loop"));
  private final ScheduledExecutorService probe =
      Executors.newSingleThreadScheduledExecutor(Threads.named("tg-probe"));
  private final Duration probeInterval;
  private volatile boolean running;

  TelegramRuntime(
      TelegramProperties properties,
      BotApi api,
      Inbox inbox,
      Dispatcher dispatcher,
      OutboxQueue outbox,
      TransactionTemplate transactions,
      FailureReplies failures,
      UpdateTimings timings,
      StorageWatch storage,
      SteadyClock steadyClock,
      JournalScrub scrub,
      AdminNotices notices,
      MeterRegistry meters,
      WebhookState webhookState,
      LocalCopies files,
      Lease lease,
      @Value("${exemplar.test.allow-plain-webhook:false}") boolean allowPlainWebhook,
      @Value("${exemplar.api.probe-interval:PT1M}") Duration probeInterval,
      @Value("${exemplar.api.down-after:PT5M}") Duration downAfter) {
    this.api = api;
    this.lease = lease;
    // At least twice within the time after which silence means down, so an idle bot is never down.
    Duration half = downAfter.dividedBy(2);
    this.probeInterval = half.compareTo(probeInterval) < 0 ? half : probeInterval;
    this.storage = storage;
    this.inbox = inbox;
    this.scrub = scrub;
    this.processor =
        new UpdateProcessor(inbox, dispatcher, transactions, api, failures, timings, storage);
    this.poller = new UpdatePoller(api, inbox, processor, properties.pollTimeout(), storage);
    poller.conflict().tellAdminsWith(notices::conflict);
    api.tokenWatch().tellAdminsWith(notices::tokenBack);
    this.sender =
        new OutboxSender(
            outbox,
            api,
            files,
            properties.requestTimeout(),
            new Pacing(30, properties.chatInterval().toMillis()),
            properties.senders(),
            steadyClock);
    sender.reportStorageTo(storage);
    Telemetry telemetry = new Telemetry(meters);
    processor.reportTo(telemetry);
    sender.reportTo(telemetry);
    this.webhook = webhook(properties, allowPlainWebhook);
    this.receiver = new WebhookReceiver(api.mapper(), inbox, processor, storage);
    this.switcher = new WebhookSwitch(api, webhookState, receiver, properties.botToken());
  }

  /** Checked at start already ({@link WebhookUrlCheck}). */
  private static Optional<WebhookAddress> webhook(TelegramProperties properties, boolean plain) {
    try {
      return WebhookAddress.parse(properties.webhookUrl(), plain);
    } catch (WebhookAddress.Refused e) {
      throw new IllegalStateException("TELEGRAM_WEBHOOK_URL refused: " + e.key());
    }
  }

  @Override
  public void start() {
    running = true;
    // Before the first update: what a kill left in the write-ahead log, and an owed VACUUM.
    scrub.atStart();
    storage.attach(api, inbox::unhandledCount);
    lease.watch(this::leaseChanged);
    loops.execute(this::connectAndPoll);
    loops.execute(processor::run);
    loops.execute(sender::run);
    long every = Math.max(1000, probeInterval.toMillis());
    probe.scheduleWithFixedDelay(this::probe, every, every, TimeUnit.MILLISECONDS);
  }

  /** {@code getMe}, only to hear the Bot API answer (health's {@code botApi}). */
  private void probe() {
    try {
      api.call(new GetMe(), Duration.ofSeconds(10));
    } catch (ApiFailure e) {
      log.debug("getMe (health) failed: {}", e.reason());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.debug("getMe (health) failed: {}", e.getClass().getSimpleName());
    }
  }

  /** Each time this instance becomes the active one: identify, then poll or open the webhook. */
  private void connectAndPoll() {
    try {
      while (running) {
        awaitTurn(true);
        processor.ready(new UpdateTranslator(poller.identify()), sender::wake);
        if (webhook.isPresent()) {
          switcher.toWebhook(webhook.get());
          awaitTurn(false);
        } else {
          switcher.toPolling();
          poller.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Until this instance is (or, with false, is no longer) the active one, or stops. */
  private void awaitTurn(boolean active) throws InterruptedException {
    synchronized (turns) {
      while (running && api.active() != active) {
        turns.wait(200);
      }
    }
    if (!running) {
      throw new InterruptedException("stopped");
    }
  }

  /** The lease taken (the loops start) or lost (they stop at once). */
  private void leaseChanged(boolean active) {
    if (!active) {
      receiver.close();
      api.cancelCalls();
    } else {
      sender.wake();
    }
    synchronized (turns) {
      turns.notifyAll();
    }
  }

  @Override
  public void stop() {
    running = false;
    synchronized (turns) {
      turns.notifyAll();
    }
    probe.shutdownNow();
    switcher.stop();
    poller.stop();
    processor.stop();
    try {
      sender.stop(Duration.ofSeconds(3));
      api.cancelCalls();
      loops.shutdown();
      if (!loops.awaitTermination(4, TimeUnit.SECONDS)) {
        log.warn("A Telegram loop did not stop in time");
        loops.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    api.close();
  }

  /** Where Telegram pushes updates, if it does (else the bot polls). */
  Optional<WebhookAddress> webhook() {
    return webhook;
  }

  WebhookReceiver webhookReceiver() {
    return receiver;
  }

  /** A 409 Conflict on getUpdates while it lasts. */
  PollConflict conflict() {
    return poller.conflict();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
