package vn.exemplarbot.telegram;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import vn.exemplarbot.telegram.internal.WebhookReceiver;

/**
 * The path of {@code TELEGRAM_WEBHOOK_URL} on this bot's server ({@code server.port}), where the
 * reverse proxy passes Telegram's pushes: POST only, answered as {@link WebhookReceiver} decides,
 * with an empty body. Without a webhook nothing is served here.
 */
@Configuration(proxyBeanMethods = false)
class WebhookEndpoint {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  @Bean
  RouterFunction<ServerResponse> telegramWebhook(TelegramRuntime runtime) {
    WebhookReceiver receiver = runtime.webhookReceiver();
    return runtime
        .webhook()
        .map(
            address ->
                RouterFunctions.route(
                    RequestPredicates.method(HttpMethod.POST)
                        .and(request -> request.path().equals(address.path())),
                    request -> receive(receiver, request)))
        .orElseGet(() -> RouterFunctions.route(request -> false, request -> null));
  }

  private static ServerResponse receive(WebhookReceiver receiver, ServerRequest request)
      throws IOException {
    int status =
        receiver.receive(
            request.headers().firstHeader(SECRET_HEADER),
            request.servletRequest().getInputStream());
    return ServerResponse.status(status).build();
  }
}
