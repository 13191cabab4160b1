package vn.exemplarbot.sandbox;

import java.util.Map;

/**
 * A request the emulator received: the canonical method name (as the path gave it when unknown),
 * the decoded parameters, the HTTP status answered (0 when the connection was dropped before any
 * answer) and the injected fault's name, if any.
 */
public record RecordedRequest(
    String method, Map<String, Object> params, int status, String fault, long receivedNanos) {}
