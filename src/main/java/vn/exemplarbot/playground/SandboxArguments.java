package vn.exemplarbot.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.exemplarbot.sandbox.BotApiEmulator;

/**
 * The bot's properties in the sandbox, as command-line arguments (they outrank every other source):
 * the emulator as the Bot API, {@code <data>/sandbox} as the data folder, the whole HTTP server on
 * loopback (the management port free unless {@code MANAGEMENT_SERVER_PORT} names one), 50 ms
 * between messages to one chat (as the tests), and the sandbox's page switched on. The operator's
 * own arguments stay, except those naming one of these keys.
 */
final class SandboxArguments {

  private SandboxArguments() {}

  static String[] of(String[] given, LaunchMode.Sandbox where, int port, BotApiEmulator emulator) {
    Map<String, String> ours = new LinkedHashMap<>();
    ours.put("telegram.bot-token", emulator.token());
    ours.put("telegram.api-url", emulator.baseUrl());
    // The emulator is reached by polling; a TELEGRAM_WEBHOOK_URL meant for the real bot stays out.
    ours.put("telegram.webhook-url", "");
    ours.put("telegram.poll-timeout", "5s");
    ours.put("telegram.chat-interval", "50ms");
    ours.put("exemplar.data-dir", where.sandboxDir().toString());
    // Its own SQLite file, always: never a PostgreSQL that EXEMPLAR_DATABASE_URL may name.
    ours.put("exemplar.database.url", "");
    ours.put("exemplar.config-dir", where.configDir().toString());
    ours.put("exemplar.tick-seconds", "1");
    ours.put("exemplar.sandbox.active", "true");
    ours.put("server.address", "127.0.0.1");
    ours.put("server.port", String.valueOf(port));
    if (System.getenv("MANAGEMENT_SERVER_PORT") == null) {
      // A free port on loopback: a second program on 8081 must not keep a newcomer out.
      ours.put("management.server.port", "0");
    }
    ours.put("spring.servlet.multipart.max-file-size", "20MB");
    ours.put("spring.servlet.multipart.max-request-size", "21MB");
    List<String> all = new ArrayList<>();
    for (String argument : given) {
      if (ours.keySet().stream().noneMatch(key -> argument.startsWith("--" + key + "="))) {
        all.add(argument);
      }
    }
    ours.forEach((key, value) -> all.add("--" + key + "=" + value));
    return all.toArray(String[]::new);
  }
}
