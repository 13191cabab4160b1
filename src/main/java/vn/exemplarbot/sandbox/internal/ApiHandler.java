package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.exemplarbot.sandbox.FaultPlan;
import vn.exemplarbot.sandbox.RecordedRequest;

/**
 * Answers {@code /bot<token>/<method>} and {@code /file/bot<token>/<path>}: checks the token, runs
 * the validator, injects faults, enforces rate limits, calls the method and records the exchange.
 */
public final class ApiHandler implements HttpHandler {

  private final String token;
  private final ObjectMapper json;
  private final RequestReader reader;
  private final Map<String, BotMethod> methods;
  private final Map<String, String> canonicalNames = new HashMap<>();
  private final FileStore files;
  private final FaultInjector faults;
  private final RateLimits limits;
  private final Recorder recorder;
  private final Outage outage;

  public ApiHandler(
      String token,
      ObjectMapper json,
      Map<String, BotMethod> methods,
      FileStore files,
      FaultInjector faults,
      RateLimits limits,
      Recorder recorder,
      Outage outage) {
    this.outage = outage;
    this.token = token;
    this.json = json;
    this.reader = new RequestReader(json);
    this.methods = methods;
    this.files = files;
    this.faults = faults;
    this.limits = limits;
    this.recorder = recorder;
    methods.keySet().forEach(name -> canonicalNames.put(name.toLowerCase(Locale.ROOT), name));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long received = System.nanoTime();
    if (outage.unreachable()) {
      // As a network outage looks to the client: the connection closes with no answer.
      exchange.getRequestBody().readAllBytes();
      Call call = new Call(exchange.getRequestURI().getPath(), Map.of(), received);
      call.outage = true;
      recorder.record(call, 0);
      exchange.close();
      return;
    }
    try {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/file/bot")) {
        download(exchange, path.substring("/file/bot".length()), received);
      } else if (path.startsWith("/bot") && path.indexOf('/', 4) > 0) {
        int slash = path.indexOf('/', 4);
        String name = path.substring(slash + 1);
        String method = canonicalNames.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        call(exchange, path.substring(4, slash), method, received);
      } else {
        exchange.getRequestBody().readAllBytes();
        answer(exchange, new Call(path, Map.of(), received), ApiError.of(404, "Not Found"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private void call(HttpExchange exchange, String given, String method, long received)
      throws IOException, InterruptedException {
    Call call = new Call(method, Map.of(), received);
    call.outboxId = exchange.getRequestHeaders().getFirst(RecordedRequest.OUTBOX_ID_HEADER);
    try {
      RequestReader.Incoming in = reader.read(exchange);
      call.params = Collections.unmodifiableMap(in.params());
      BotMethod target = admit(call, given, in.formEncoded());
      FaultPlan.Conflict conflict = outage.conflict();
      if (conflict != null && method.equals("getUpdates")) {
        throw ApiError.of(409, conflict.description());
      }
      call.fault = faults.next(method);
      if (call.fault == FaultPlan.Fault.BAD_GATEWAY_HTML) {
        raw(exchange, call, 502, "text/html", BAD_GATEWAY);
        return;
      }
      if (call.fault == FaultPlan.Fault.GATEWAY_TIMEOUT_HTML) {
        raw(exchange, call, 504, "text/html", GATEWAY_TIMEOUT);
        return;
      }
      JsonNode result = run(call, target);
      if (result == null) {
        recorder.record(call, 0);
        return;
      }
      if (call.fault == FaultPlan.Fault.EMPTY_OK) {
        raw(exchange, call, 200, "application/json", "");
        return;
      }
      if (call.fault == FaultPlan.Fault.TRUNCATED_JSON) {
        String whole = "{\"ok\":true,\"result\":" + json.writeValueAsString(result) + "}";
        raw(exchange, call, 200, "application/json", whole.substring(0, whole.length() / 2));
        return;
      }
      ObjectNode ok = json.createObjectNode();
      ok.put("ok", true);
      ok.set(
          "result",
          call.fault == FaultPlan.Fault.UNMAPPABLE_OK
              ? unmappable(result)
              : call.fault == FaultPlan.Fault.OK_WITHOUT_ID ? withoutId(result) : result);
      send(exchange, call, 200, ok);
    } catch (ApiError e) {
      answer(exchange, call, e);
    }
  }

  /** The result as a front might mangle it: the message without its message_id. */
  private static JsonNode withoutId(JsonNode result) {
    if (!(result instanceof ObjectNode message)) {
      return result;
    }
    ObjectNode stripped = message.deepCopy();
    stripped.remove("message_id");
    return stripped;
  }

  /** The result with fields no client can map, its message_id kept. */
  private static JsonNode unmappable(JsonNode result) {
    if (!(result instanceof ObjectNode message) || !message.has("message_id")) {
      return result;
    }
    ObjectNode odd = message.deepCopy();
    odd.put("chat", "not an object");
    odd.put("date", "not a number");
    return odd;
  }

  private void raw(HttpExchange exchange, Call call, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    recorder.record(call, status);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static final String GATEWAY_TIMEOUT =
      "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n"
          + "<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n"
          + "</body>\r\n</html>\r\n";

  private static final String BAD_GATEWAY =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
          + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
          + "</body>\r\n</html>\r\n";

  /** The method to run, once the token, the validator and the method name let it through. */
  private BotMethod admit(Call call, String given, boolean formEncoded) {
    if (!token.equals(given) || outage.tokenRejected()) {
      throw ApiError.of(401, "Unauthorized");
    }
    List<String> problems = recorder.validate(call.method, call.params, formEncoded);
    if (!problems.isEmpty()) {
      throw ApiError.badRequest(String.join("; ", problems));
    }
    BotMethod target = methods.get(call.method);
    if (target == null) {
      throw ApiError.of(404, "Not Found");
    }
    return target;
  }

  /** Runs the method under the call's fault and the rate limits; null to drop unanswered. */
  private JsonNode run(Call call, BotMethod target) throws InterruptedException {
    FaultPlan plan = faults.plan();
    if (call.fault != null) {
      switch (call.fault) {
        case TOO_MANY_REQUESTS -> throw ApiError.tooManyRequests(plan.retryAfterSeconds());
        case SERVER_ERROR -> throw ApiError.of(500, "Internal Server Error");
        case DROP_BEFORE -> {
          return null;
        }
        case SLOW -> Thread.sleep(plan.slowDelay().toMillis());
        case DROP_AFTER -> {}
      }
    }
    Params params = new Params(call.params, json);
    int retryAfter = limits.admit(call.method, params.optionalLong("chat_id"), call.received);
    if (retryAfter > 0) {
      throw ApiError.tooManyRequests(retryAfter);
    }
    JsonNode result = target.call(params);
    return call.fault == FaultPlan.Fault.DROP_AFTER ? null : result;
  }

  private void download(HttpExchange exchange, String rest, long received) throws IOException {
    int slash = rest.indexOf('/');
    String filePath = slash < 0 ? "" : rest.substring(slash + 1);
    Call call = new Call("downloadFile", Map.of("file_path", filePath), received);
    StoredFile file = files.byPath(filePath);
    if (slash < 0 || !token.equals(rest.substring(0, slash))) {
      answer(exchange, call, ApiError.of(401, "Unauthorized"));
    } else if (file == null) {
      answer(exchange, call, ApiError.of(404, "Not Found"));
    } else {
      exchange.getResponseHeaders().set("Content-Type", file.mimeType());
      exchange.sendResponseHeaders(200, file.bytes().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(file.bytes());
      }
      recorder.record(call, 200);
    }
  }

  private void answer(HttpExchange exchange, Call call, ApiError error) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.put("ok", false);
    body.put("error_code", error.status);
    body.put("description", error.getMessage());
    if (error.retryAfter > 0) {
      body.putObject("parameters").put("retry_after", error.retryAfter);
    }
    send(exchange, call, error.status, body);
  }

  private void send(HttpExchange exchange, Call call, int status, JsonNode body)
      throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    recorder.record(call, status);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** What is known of a request while it is handled. */
  static final class Call {
    final String method;
    final long received;
    Map<String, Object> params;
    FaultPlan.Fault fault;
    String outboxId;
    boolean outage;

    Call(String method, Map<String, Object> params, long received) {
      this.method = method;
      this.params = params;
      this.received = received;
    }
  }
}
