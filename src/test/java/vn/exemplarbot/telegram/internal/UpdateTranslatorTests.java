package vn.exemplarbot.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.exemplarbot.conversation.Incoming;
import vn.exemplarbot.conversation.Input;

class UpdateTranslatorTests {

  final UpdateTranslator translator = new UpdateTranslator("Exemplar_Bot");
  final ObjectMapper json = new ObjectMapper();

  Optional<Incoming> text(String text) throws Exception {
    String update =
        """
        {"update_id": 5, "message": {"message_id": 1, "date": 1764400000, "text": %s,
          "from": {"id": 42, "is_bot": false, "first_name": "An", "username": "an"},
          "chat": {"id": 42, "type": "private"}}}
        """
            .formatted(json.writeValueAsString(text));
    return translator.translate(json.readValue(update, Update.class));
  }

  @Test
  void parsesACommandWithArgumentsInAnyCase() throws Exception {
    assertThat(text("/Approve N-3  N-5").orElseThrow().input())
        .isEqualTo(new Input.Command("approve", "N-3  N-5"));
  }

  @Test
  void acceptsACommandAddressedToThisBotAndIgnoresOneForAnother() throws Exception {
    assertThat(text("/help@exemplar_bot").orElseThrow().input())
        .isEqualTo(new Input.Command("help", ""));
    assertThat(text("/help@other_bot")).isEmpty();
  }

  @Test
  void normalisesTextToNfc() throws Exception {
    String decomposed = Normalizer.normalize("Huỷ", Normalizer.Form.NFD);
    Input.Text input = (Input.Text) text(decomposed).orElseThrow().input();
    assertThat(input.text()).isEqualTo(Normalizer.normalize("Huỷ", Normalizer.Form.NFC));
  }

  @Test
  void carriesTheSenderAndChat() throws Exception {
    Incoming incoming = text("xin chào").orElseThrow();
    assertThat(incoming.updateId()).isEqualTo(5);
    assertThat(incoming.sender().userId()).isEqualTo(42);
    assertThat(incoming.sender().privateChat()).isTrue();
    assertThat(incoming.sender().username()).isEqualTo("an");
  }
}
