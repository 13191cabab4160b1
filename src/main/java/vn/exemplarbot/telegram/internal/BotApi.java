package vn.exemplarbot.telegram.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The Bot API over HTTP through TelegramBots' client, with the library's traps handled: every call
 * bounded by a timeout ({@code execute()} can wait forever), failures classified (the client never
 * retries and ignores {@code retry_after}), files downloaded from the configured base URL (the
 * library hard-codes api.telegram.org), and the HTTP client's threads owned and shut down here.
 * With two instances, the one place that makes no call unless this instance is the active one
 * within its lease's deadline ({@code storage.Lease}); {@code getMe} alone, which changes nothing
 * at Telegram, is asked by a standby too (health's {@code botApi}).
 */
public final class BotApi implements AutoCloseable {

  private final String token;
  private final URI base;
  private final OkHttpClient http;
  private final ExecutorService httpThreads;
  private final OkHttpTelegramClient client;
  private final ObjectMapper mapper;
  private final TokenWatch tokenWatch = new TokenWatch();
  private final ApiReachability reachability = new ApiReachability();
  private final OutboxTags tags;
  private volatile BooleanSupplier mayCall = () -> true;

  public BotApi(String token, URI base, Duration longestCall) {
    this(token, base, longestCall, new OutboxTags(false));
  }

  /** With the test-only tags naming each delivery's outbox row ({@link OutboxTags}). */
  public BotApi(String token, URI base, Duration longestCall, OutboxTags tags) {
    this.token = token;
    this.tags = tags;
    this.base = base;
    this.httpThreads = Executors.newCachedThreadPool(Threads.named("tg-http"));
    this.mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    this.http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher(httpThreads))
            .connectionPool(new ConnectionPool(8, 1, TimeUnit.MINUTES))
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(longestCall)
            .writeTimeout(Duration.ofSeconds(30))
            .callTimeout(longestCall.plusSeconds(5))
            .retryOnConnectionFailure(false)
            .addInterceptor(tags)
            .addInterceptor(new AnswerReader(mapper, reachability))
            .build();
    this.client = new OkHttpTelegramClient(mapper, http, token, url(base));
  }

  private static Dispatcher dispatcher(ExecutorService threads) {
    Dispatcher dispatcher = new Dispatcher(threads);
    dispatcher.setMaxRequests(32);
    dispatcher.setMaxRequestsPerHost(32);
    return dispatcher;
  }

  private static TelegramUrl url(URI base) {
    boolean https = "https".equalsIgnoreCase(base.getScheme());
    int port = base.getPort() > 0 ? base.getPort() : (https ? 443 : 80);
    return new TelegramUrl(https ? "https" : "http", base.getHost(), port, false);
  }

  /** Calls are made only while this says so (the lease held within its deadline). */
  public void callWhile(BooleanSupplier mayCall) {
    this.mayCall = mayCall;
  }

  /** Whether calls are made now: this is the active instance (always, on SQLite). */
  public boolean active() {
    return mayCall.getAsBoolean();
  }

  /** Refused before it leaves: the row stays due, the update stays in the inbox. */
  private void mayCall(Object method) throws ApiFailure {
    if (!(method instanceof GetMe) && !mayCall.getAsBoolean()) {
      throw new ApiFailure(ApiFailure.Kind.TRANSIENT, 0, NOT_ACTIVE, 0);
    }
  }

  /** The reason of a call refused because this instance is not the active one. */
  public static final String NOT_ACTIVE = "not the active instance";

  public ObjectMapper mapper() {
    return mapper;
  }

  OutboxTags tags() {
    return tags;
  }

  public TokenWatch tokenWatch() {
    return tokenWatch;
  }

  /** When the Bot API last answered. */
  public ApiReachability reachability() {
    return reachability;
  }

  public <T extends Serializable> T call(BotApiMethod<T> method, Duration timeout)
      throws ApiFailure, InterruptedException {
    mayCall(method);
    try {
      return await(client.executeAsync(method), timeout);
    } catch (TelegramApiException e) {
      throw classify(e);
    }
  }

  /**
   * The call without a waiting thread, for answers that must not queue behind each other: fails
   * with an {@link ApiFailure} as {@link #call} does, or a timeout.
   */
  public <T extends Serializable> CompletableFuture<T> callAsync(
      BotApiMethod<T> method, Duration timeout) {
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture<T> call;
    try {
      mayCall(method);
      call = client.executeAsync(method);
    } catch (ApiFailure e) {
      result.completeExceptionally(e);
      return result;
    } catch (TelegramApiException e) {
      result.completeExceptionally(classify(e));
      return result;
    }
    call.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete(
            (value, error) -> {
              if (error == null) {
                result.complete(value);
              } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                result.completeExceptionally(
                    cause instanceof TimeoutException
                        ? new ApiFailure(ApiFailure.Kind.UNKNOWN_FATE, 0, "timed out", 0)
                        : classify(cause));
              }
            });
    return result;
  }

  public Boolean setWebhook(SetWebhook webhook, Duration timeout)
      throws ApiFailure, InterruptedException {
    mayCall(webhook);
    return await(client.executeAsync(webhook), timeout);
  }

  public Message send(SendDocument document, Duration timeout)
      throws ApiFailure, InterruptedException {
    mayCall(document);
    return await(client.executeAsync(document), timeout);
  }

  public Message send(SendPhoto photo, Duration timeout) throws ApiFailure, InterruptedException {
    mayCall(photo);
    return await(client.executeAsync(photo), timeout);
  }

  private <T> T await(CompletableFuture<T> future, Duration timeout)
      throws ApiFailure, InterruptedException {
    try {
      T answer = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      tokenWatch.answered();
      return answer;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiFailure(ApiFailure.Kind.UNKNOWN_FATE, 0, "timed out", 0);
    } catch (ExecutionException e) {
      ApiFailure failure = classify(e.getCause());
      tokenWatch.failed(failure);
      throw failure;
    }
  }

  static ApiFailure classify(Throwable cause) {
    if (cause instanceof TelegramApiRequestException request
        && request.getErrorCode() != null
        && request.getErrorCode() == AnswerReader.UNKNOWN_FATE) {
      return new ApiFailure(ApiFailure.Kind.UNKNOWN_FATE, 0, request.getApiResponse(), 0);
    }
    // Code 0 is the library's own "could not read it" (AnswerReader leaves little of that): it
    // is not Telegram refusing anything.
    if (cause instanceof TelegramApiRequestException request
        && request.getErrorCode() != null
        && request.getErrorCode() > 0) {
      int code = request.getErrorCode();
      String description = request.getApiResponse();
      if (code == 429) {
        Integer after =
            request.getParameters() == null ? null : request.getParameters().getRetryAfter();
        return new ApiFailure(
            ApiFailure.Kind.RATE_LIMITED, code, description, after == null ? 1 : after);
      }
      ApiFailure.Kind kind = code >= 500 ? ApiFailure.Kind.TRANSIENT : ApiFailure.Kind.REFUSED;
      return new ApiFailure(kind, code, description, 0);
    }
    if (cause instanceof TelegramApiRequestException) {
      return new ApiFailure(ApiFailure.Kind.TRANSIENT, 0, "unreadable answer", 0);
    }
    return new ApiFailure(ApiFailure.Kind.UNKNOWN_FATE, 0, simpleName(cause), 0);
  }

  private static String simpleName(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }

  /** Downloads {@code <base>/file/bot<token>/<path>} into {@code target}; returns its size. */
  public long download(String filePath, Path target, long maxBytes) throws ApiFailure, IOException {
    mayCall(filePath);
    Request request =
        new Request.Builder()
            .url(base.toString().replaceAll("/+$", "") + "/file/bot" + token + "/" + filePath)
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful() || response.body() == null) {
        throw new ApiFailure(ApiFailure.Kind.REFUSED, response.code(), "file download refused", 0);
      }
      Path partial = target.resolveSibling(target.getFileName() + ".part");
      try (InputStream in = response.body().byteStream()) {
        long size =
            Files.copy(Limited.of(in, maxBytes), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return size;
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }

  /** Cancels the calls under way, the long poll among them. */
  public void cancelCalls() {
    http.dispatcher().cancelAll();
  }

  /** Cancels calls under way and frees every thread and connection. */
  @Override
  public void close() {
    http.dispatcher().cancelAll();
    httpThreads.shutdownNow();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
