package vn.exemplarbot.e2e;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import vn.exemplarbot.conversation.ButtonHandler;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.FileFetcher;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;

/**
 * Two small flows for tests of the conversation layer: {@code /note} counts the texts typed into
 * it, {@code /comment} collects one comment. Each keeps its own state.
 */
class TestFlows {

  record Counter(int count) {}

  @Bean
  CommandHandler noteCommand(Flows flows) {
    return command("note", flows, new Counter(0));
  }

  @Bean
  CommandHandler commentCommand(Flows flows) {
    return command("comment", flows, new Counter(100));
  }

  @Bean
  FlowHandler noteFlow(Flows flows, FileFetcher files, Environment env) {
    return flow("note", flows, files, Path.of(env.getProperty("exemplar.data-dir")));
  }

  @Bean
  FlowHandler commentFlow(Flows flows, FileFetcher files, Environment env) {
    return flow("comment", flows, files, Path.of(env.getProperty("exemplar.data-dir")));
  }

  /** {@code /counter}: a message with a button that counts its presses in place. */
  @Bean
  CommandHandler counterCommand() {
    return new CommandHandler() {
      @Override
      public CommandSpec spec() {
        return new CommandSpec("counter", "command.help", java.util.Set.of(), false);
      }

      @Override
      public void handle(Turn turn, String args) {
        turn.show("Đếm: 0", tick(0));
      }
    };
  }

  @Bean
  ButtonHandler tickButton() {
    return new ButtonHandler() {
      @Override
      public String kind() {
        return "tick";
      }

      @Override
      public void onPress(Turn turn, CallbackData data) {
        long next = data.longArg(0).orElse(0L) + 1;
        turn.show("Đếm: " + next, tick(next));
        turn.toast("cancel.nothing");
      }
    };
  }

  private static Markup tick(long count) {
    return Markup.Inline.of(new Button("+1", CallbackData.of("tick", count).encode()));
  }

  private static CommandHandler command(String name, Flows flows, Counter start) {
    return new CommandHandler() {
      @Override
      public CommandSpec spec() {
        return new CommandSpec(name, "command.help", java.util.Set.of(), false);
      }

      @Override
      public void handle(Turn turn, String args) {
        String person = turn.person().orElseThrow().id();
        Counter counter = flows.state(person, name, Counter.class).orElse(start);
        flows.begin(person, name, counter);
        turn.reply(new Message.Text(name + " bắt đầu ở " + counter.count()));
      }
    };
  }

  private static FlowHandler flow(String name, Flows flows, FileFetcher files, Path dataDir) {
    return new FlowHandler() {
      @Override
      public String flow() {
        return name;
      }

      @Override
      public void onInput(Turn turn, Input input) {
        String person = turn.person().orElseThrow().id();
        Counter next =
            new Counter(flows.state(person, name, Counter.class).orElseThrow().count() + 1);
        flows.save(person, name, next);
        String text = input instanceof Input.Text t ? t.text() : "?";
        if ("nổ".equals(text)) {
          throw new IllegalStateException("a handler fails on purpose");
        }
        if (input instanceof Input.Upload upload) {
          text = fetch(files, upload, dataDir.resolve("uploads").resolve(upload.fileName()));
        }
        turn.reply(new Message.Text(name + " " + next.count() + ": " + text));
      }
    };
  }

  private static String fetch(FileFetcher files, Input.Upload upload, Path target) {
    try {
      return "tệp " + upload.fileName() + " " + files.fetch(upload.fileId(), target) + " byte";
    } catch (IOException e) {
      return "không tải được " + upload.fileName();
    }
  }
}
