package vn.exemplarbot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** One Bot API method: parameters in, the {@code result} JSON out, or an {@link ApiError}. */
@FunctionalInterface
interface BotMethod {
  JsonNode call(Params params) throws InterruptedException;
}
