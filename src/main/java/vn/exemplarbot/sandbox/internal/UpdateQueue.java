package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.exemplarbot.sandbox.FaultPlan;

/**
 * Updates waiting for the bot, as Telegram keeps them: an update stays until a getUpdates with a
 * higher offset confirms it, or, while a webhook is set, until a push of it is answered 2xx (and
 * getUpdates answers 409 meanwhile). A redelivered update stays until it has been handed out once
 * more.
 */
public final class UpdateQueue {

  private static final class Pending {
    final ObjectNode update;
    final boolean redelivered;
    boolean delivered;

    Pending(ObjectNode update, boolean redelivered) {
      this.update = update;
      this.redelivered = redelivered;
    }

    long id() {
      return update.get("update_id").asLong();
    }
  }

  private final ObjectMapper json;
  private final Map<Long, ObjectNode> all = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private long nextId = 1;
  private boolean closed;
  private int waiting;
  private Webhook webhook;
  private long lastErrorDate;
  private String lastErrorMessage;

  public UpdateQueue(ObjectMapper json) {
    this.json = json;
  }

  /** Enqueues an update holding {@code payload} under {@code kind}; returns its update_id. */
  public synchronized long enqueue(String kind, ObjectNode payload) {
    long id = nextId++;
    ObjectNode update = json.createObjectNode();
    update.put("update_id", id);
    update.set(kind, payload);
    all.put(id, update);
    pending.add(new Pending(update, false));
    notifyAll();
    return id;
  }

  synchronized ObjectNode update(long updateId) {
    ObjectNode update = all.get(updateId);
    return update == null ? null : update.deepCopy();
  }

  public synchronized void redeliver(long updateId) {
    ObjectNode update = all.get(updateId);
    if (update == null) {
      throw new IllegalArgumentException("no update " + updateId + " was ever enqueued");
    }
    pending.add(new Pending(update.deepCopy(), true));
    notifyAll();
  }

  /** getUpdates: confirms by offset, then hands out up to {@code limit}, waiting up to timeout. */
  synchronized ArrayNode poll(long offset, int limit, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    refuseWhileWebhook();
    confirm(offset);
    while (pending.isEmpty() && !closed && webhook == null) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        break;
      }
      waiting++;
      try {
        wait(left);
      } finally {
        waiting--;
      }
    }
    refuseWhileWebhook();
    ArrayNode result = json.createArrayNode();
    for (Pending p : pending) {
      if (result.size() >= limit) {
        break;
      }
      p.delivered = true;
      result.add(p.update.deepCopy());
    }
    return result;
  }

  private void refuseWhileWebhook() {
    if (webhook != null) {
      throw ApiError.of(409, FaultPlan.Conflict.WEBHOOK.description());
    }
  }

  /** setWebhook: from now on updates are pushed there; pending ones too unless dropped. */
  synchronized void webhook(Webhook hook, boolean dropPending) {
    if (dropPending) {
      pending.clear();
    }
    webhook = hook;
    lastErrorDate = 0;
    lastErrorMessage = null;
    notifyAll();
  }

  /** deleteWebhook: getUpdates works again; pending updates stay unless dropped. */
  synchronized void deleteWebhook(boolean dropPending) {
    webhook(null, dropPending);
  }

  synchronized Webhook webhook() {
    return webhook;
  }

  /** The oldest pending update and where to push it, once both exist; null after the wait. */
  synchronized Push nextPush(long waitMillis) throws InterruptedException {
    long deadline = System.nanoTime() + waitMillis * 1_000_000L;
    while ((webhook == null || pending.isEmpty()) && !closed) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        return null;
      }
      wait(left);
    }
    if (closed) {
      return null;
    }
    Pending first = pending.get(0);
    first.delivered = true;
    return new Push(webhook, first.id(), first.update.deepCopy());
  }

  /** A push was answered 2xx: the update is delivered. */
  synchronized void pushed(long updateId) {
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      if (it.next().id() == updateId) {
        it.remove();
        return;
      }
    }
  }

  /** A push was refused or failed: kept, and shown in getWebhookInfo. */
  synchronized void pushFailed(String message) {
    lastErrorDate = System.currentTimeMillis() / 1000;
    lastErrorMessage = message;
  }

  /** getWebhookInfo's result. */
  public synchronized ObjectNode webhookInfo() {
    ObjectNode info = json.createObjectNode();
    info.put("url", webhook == null ? "" : webhook.url());
    info.put("has_custom_certificate", false);
    info.put("pending_update_count", pending.size());
    if (webhook != null) {
      info.put("max_connections", webhook.maxConnections());
      if (lastErrorMessage != null) {
        info.put("last_error_date", lastErrorDate);
        info.put("last_error_message", lastErrorMessage);
      }
    }
    return info;
  }

  /** Where Telegram pushes: the URL, the secret header's value (or null) and the connections. */
  record Webhook(String url, String secret, int maxConnections) {}

  /** One push to make. */
  record Push(Webhook webhook, long updateId, ObjectNode update) {}

  public synchronized int waiting() {
    return waiting;
  }

  public synchronized void close() {
    closed = true;
    notifyAll();
  }

  private void confirm(long offset) {
    if (offset < 0) {
      int keep = (int) Math.min(-offset, pending.size());
      pending.subList(0, pending.size() - keep).clear();
      return;
    }
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (p.id() < offset && (!p.redelivered || p.delivered)) {
        it.remove();
      }
    }
  }
}
