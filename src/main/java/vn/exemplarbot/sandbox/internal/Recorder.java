package vn.exemplarbot.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.exemplarbot.sandbox.RecordedRequest;
import vn.exemplarbot.sandbox.RequestValidator;

/** Keeps every request answered, and runs the test's validator, keeping what it objected to. */
public final class Recorder {

  private final List<RecordedRequest> requests = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private RequestValidator validator;

  public synchronized void validator(RequestValidator validator) {
    this.validator = validator;
  }

  List<String> validate(String method, Map<String, Object> params, boolean formEncoded) {
    RequestValidator v;
    synchronized (this) {
      v = validator;
    }
    if (v == null) {
      return List.of();
    }
    List<String> problems;
    try {
      problems = v.check(method, params, formEncoded);
    } catch (RuntimeException e) {
      problems = List.of("validator failed: " + e);
    }
    if (problems != null && !problems.isEmpty()) {
      synchronized (this) {
        problems.forEach(p -> violations.add(method + ": " + p));
      }
      return problems;
    }
    return List.of();
  }

  synchronized void record(ApiHandler.Call call, int status) {
    String fault = call.outage ? "UNREACHABLE" : call.fault == null ? null : call.fault.name();
    requests.add(
        new RecordedRequest(
            call.method, call.params, status, fault, call.received, outboxId(call.outboxId)));
    notifyAll();
  }

  private static Long outboxId(String header) {
    try {
      return header == null ? null : Long.valueOf(header.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }
}
