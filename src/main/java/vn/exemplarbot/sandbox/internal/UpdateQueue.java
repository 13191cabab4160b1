package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Updates waiting for the bot, as Telegram keeps them: an update stays until a getUpdates with a
 * higher offset confirms it. A redelivered update stays until it has been handed out once more.
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
    confirm(offset);
    while (pending.isEmpty() && !closed) {
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
