package vn.exemplarbot.playground;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.exemplarbot.messaging.Texts;

/**
 * Keeps the sandbox to the person at this machine. Every request must name this server as {@code
 * 127.0.0.1:<port>} or {@code localhost:<port>} (else 404: a page of another site reached through
 * DNS rebinding sees nothing). Every request that changes something must also come from the same
 * origin and carry the page's SameSite=Strict cookie, so no other site open in the browser can act
 * as the director.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class SandboxGuard extends OncePerRequestFilter {

  static final String COOKIE = "exemplar_sandbox";
  private static final Set<String> READS = Set.of("GET", "HEAD");

  private final SandboxHost host;
  private final Texts texts;

  SandboxGuard(SandboxHost host, Texts texts) {
    this.host = host;
    this.texts = texts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int port = request.getLocalPort();
    String named = request.getHeader("Host");
    if (named == null || !Set.of("127.0.0.1:" + port, "localhost:" + port).contains(named)) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
      return;
    }
    if (host.resetting() && request.getRequestURI().startsWith("/sandbox/api/")) {
      // Between the old bot's stop and the new one's start there is no emulator to ask.
      refuse(response, 503, texts.get(Texts.VI, "sandbox.error.busy"));
      return;
    }
    if (!READS.contains(request.getMethod()) && !fromThePage(request, named)) {
      refuse(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          texts.get(Texts.VI, "sandbox.refused.request", String.valueOf(port)));
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean fromThePage(HttpServletRequest request, String named) {
    if (!("http://" + named).equals(request.getHeader("Origin"))) {
      return false;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName()) && host.secret().equals(c.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(HttpServletResponse response, int status, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
  }
}
