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

  public ApiHandler(
      String token,
      ObjectMapper json,
      Map<String, BotMethod> methods,
      FileStore files,
      FaultInjector faults,
      RateLimits limits,
      Recorder recorder) {
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
    RequestReader.Incoming in;
    try {
      in = reader.read(exchange);
    } catch (ApiError e) {
      answer(exchange, new Call(method, Map.of(), received), e);
      return;
    }
    Call call = new Call(method, Collections.unmodifiableMap(in.params()), received);
    if (!token.equals(given)) {
      answer(exchange, call, ApiError.of(401, "Unauthorized"));
      return;
    }
    List<String> problems = recorder.validate(method, call.params, in.formEncoded());
    if (!problems.isEmpty()) {
      answer(exchange, call, ApiError.badRequest(String.join("; ", problems)));
      return;
    }
    BotMethod target = methods.get(method);
    if (target == null) {
      answer(exchange, call, ApiError.of(404, "Not Found"));
      return;
    }
    FaultPlan.Fault fault = faults.next(method);
    call.fault = fault;
    FaultPlan plan = faults.plan();
    if (fault == FaultPlan.Fault.TOO_MANY_REQUESTS) {
      answer(exchange, call, ApiError.tooManyRequests(plan.retryAfterSeconds()));
      return;
    }
    if (fault == FaultPlan.Fault.SERVER_ERROR) {
      answer(exchange, call, ApiError.of(500, "Internal Server Error"));
      return;
    }
    if (fault == FaultPlan.Fault.DROP_BEFORE) {
      recorder.record(call, 0);
      return;
    }
    if (fault == FaultPlan.Fault.SLOW) {
      Thread.sleep(plan.slowDelay().toMillis());
    }
    int retryAfter =
        limits.admit(method, new Params(call.params, json).optionalLong("chat_id"), received);
    if (retryAfter > 0) {
      answer(exchange, call, ApiError.tooManyRequests(retryAfter));
      return;
    }
    JsonNode result;
    try {
      result = target.call(new Params(call.params, json));
    } catch (ApiError e) {
      answer(exchange, call, e);
      return;
    }
    if (fault == FaultPlan.Fault.DROP_AFTER) {
      recorder.record(call, 0);
      return;
    }
    ObjectNode ok = json.createObjectNode();
    ok.put("ok", true);
    ok.set("result", result);
    send(exchange, call, 200, ok);
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
    final Map<String, Object> params;
    final long received;
    FaultPlan.Fault fault;

    Call(String method, Map<String, Object> params, long received) {
      this.method = method;
      this.params = params;
      this.received = received;
    }
  }
}
