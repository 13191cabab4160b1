package vn.exemplarbot.playground;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.roster.Directory;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * A person's chat with the bot, and what they do in it: type, press a button, share their phone
 * number, attach a file or a photo. Each action goes to the emulator as that person's update, as
 * from their phone; the bot answers as it would in Telegram.
 */
@RestController
@ConditionalOnProperty(name = "exemplar.sandbox.active", havingValue = "true")
class SandboxChats {

  private static final Set<String> PHOTOS = Set.of("image/jpeg", "image/png");
  private static final Set<String> INLINE = Set.of("application/pdf", "image/jpeg", "image/png");

  private final SandboxHost host;
  private final Directory directory;
  private final Texts texts;

  SandboxChats(SandboxHost host, Directory directory, Texts texts) {
    this.host = host;
    this.directory = directory;
    this.texts = texts;
  }

  @GetMapping("/sandbox/api/chat")
  ResponseEntity<?> chat(
      @RequestParam(required = false) String as,
      @RequestParam(defaultValue = "false") boolean group) {
    if (group) {
      Long id = directory.settings().announceChatId();
      return id == null
          ? ResponseEntity.notFound().build()
          : fresh(ChatView.of(host.emulator(), id, false));
    }
    return user(as)
        .<ResponseEntity<?>>map(u -> fresh(ChatView.of(host.emulator(), u.chatId(), true)))
        .orElseGet(() -> unknown(as));
  }

  @GetMapping("/sandbox/api/file")
  ResponseEntity<byte[]> file(@RequestParam long chat, @RequestParam long message) {
    Optional<ChatMessage> found =
        host.emulator().chat(chat).stream()
            .filter(m -> m.messageId() == message && m.documentBytes() != null)
            .findFirst();
    if (found.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    String name = found.get().documentName();
    MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
    boolean inline = INLINE.contains(type.getType() + "/" + type.getSubtype());
    ContentDisposition disposition =
        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(name, java.nio.charset.StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(inline ? type : MediaType.APPLICATION_OCTET_STREAM)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .body(found.get().documentBytes());
  }

  @PostMapping("/sandbox/api/send")
  ResponseEntity<?> send(@RequestParam String as, @RequestParam String text) {
    if (text.isBlank() || text.length() > 4096) {
      return SandboxControls.error(texts.get(Texts.VI, "sandbox.error.message"));
    }
    return act(as, u -> u.send(text));
  }

  @PostMapping("/sandbox/api/press")
  ResponseEntity<?> press(
      @RequestParam String as, @RequestParam long message, @RequestParam String data) {
    Optional<EmulatedUser> user = user(as);
    boolean offered =
        user.isPresent()
            && user.get().chat().stream()
                .filter(m -> m.messageId() == message)
                .flatMap(m -> m.buttons().stream())
                .anyMatch(b -> data.equals(b.callbackData()));
    if (user.isPresent() && !offered) {
      return SandboxControls.error(texts.get(Texts.VI, "sandbox.error.button"));
    }
    return act(as, u -> u.press(message, data));
  }

  @PostMapping("/sandbox/api/contact")
  ResponseEntity<?> contact(@RequestParam String as) {
    Optional<Person> person = directory.roster().person(as);
    if (person.isPresent() && person.get().phone() == null) {
      return SandboxControls.error(texts.get(Texts.VI, "sandbox.error.no-phone"));
    }
    return act(as, u -> u.shareContact(person.get().phone(), u.id()));
  }

  @PostMapping("/sandbox/api/attach")
  ResponseEntity<?> attach(
      @RequestParam String as, @RequestParam(required = false) MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return SandboxControls.error(texts.get(Texts.VI, "sandbox.error.file"));
    }
    byte[] bytes = file.getBytes();
    String type =
        file.getContentType() == null ? "application/octet-stream" : file.getContentType();
    String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
    if (PHOTOS.contains(type)) {
      return act(as, u -> u.sendPhoto(bytes));
    }
    return act(as, u -> u.sendDocument(name, type, bytes));
  }

  private ResponseEntity<?> act(String as, java.util.function.ToLongFunction<EmulatedUser> action) {
    return user(as)
        .<ResponseEntity<?>>map(
            u -> ResponseEntity.ok(java.util.Map.of("update", action.applyAsLong(u))))
        .orElseGet(() -> unknown(as));
  }

  private Optional<EmulatedUser> user(String as) {
    if (as == null) {
      return Optional.empty();
    }
    SandboxPeople people = new SandboxPeople(host.emulator(), directory.roster());
    return people.person(as).map(people::user);
  }

  private ResponseEntity<?> unknown(String as) {
    return SandboxControls.error(texts.get(Texts.VI, "sandbox.error.person", String.valueOf(as)));
  }

  private static ResponseEntity<?> fresh(Object body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
