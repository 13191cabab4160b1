package vn.exemplarbot.telegram.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Test-only ({@code exemplar.test.outbox-id-header}, off by default): each Bot API request that
 * delivers an outbox row carries the row's id in {@code X-Exemplar-Outbox-Id}, so the chaos run's
 * emulator can tell a resend of one row from two messages. The sender has at most one call in
 * flight per chat, so the request's {@code chat_id} names the row.
 */
public final class OutboxTags implements Interceptor {

  public static final String HEADER = "X-Exemplar-Outbox-Id";

  private static final Pattern CHAT_ID =
      Pattern.compile("chat_id\"(?::\\s*\"?|(?:\\r\\n[^\\r\\n]+)*\\r\\n\\r\\n)(-?\\d+)");

  private final boolean enabled;
  private final Map<Long, Long> inFlight = new ConcurrentHashMap<>();

  public OutboxTags(boolean enabled) {
    this.enabled = enabled;
  }

  /** The sender is about to deliver this row to this chat. */
  void begin(long chatId, long outboxId) {
    if (enabled) {
      inFlight.put(chatId, outboxId);
    }
  }

  void end(long chatId) {
    if (enabled) {
      inFlight.remove(chatId);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!enabled || inFlight.isEmpty() || request.body() == null) {
      return chain.proceed(request);
    }
    Buffer body = new Buffer();
    request.body().writeTo(body);
    Matcher chat = CHAT_ID.matcher(body.readUtf8());
    Long id = chat.find() ? inFlight.get(Long.parseLong(chat.group(1))) : null;
    if (id == null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header(HEADER, id.toString()).build());
  }
}
