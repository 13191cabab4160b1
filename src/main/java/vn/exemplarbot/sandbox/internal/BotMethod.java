package vn.exemplarbot.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** One Bot API method: parameters in, the {@code result} JSON out, or an {@link ApiError}. */
@FunctionalInterface
public interface BotMethod {
  JsonNode call(Params params) throws InterruptedException;
}
