package vn.exemplarbot.e2e;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.exemplarbot.conversation.CommandHandler;
import vn.exemplarbot.conversation.CommandSpec;
import vn.exemplarbot.conversation.FlowHandler;
import vn.exemplarbot.conversation.Flows;
import vn.exemplarbot.conversation.Input;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Message;

/**
 * Two small flows for tests of the conversation layer: {@code /note} counts the texts typed into
 * it, {@code /comment} collects one comment. Each keeps its own state.
 */
@Configuration(proxyBeanMethods = false)
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
  FlowHandler noteFlow(Flows flows) {
    return flow("note", flows);
  }

  @Bean
  FlowHandler commentFlow(Flows flows) {
    return flow("comment", flows);
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

  private static FlowHandler flow(String name, Flows flows) {
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
        turn.reply(new Message.Text(name + " " + next.count() + ": " + text));
      }
    };
  }
}
