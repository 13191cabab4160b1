package vn.exemplarbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.exemplarbot.sandbox.ChatMessage;
import vn.exemplarbot.sandbox.EmulatedUser;

/**
 * The council's secret ballot in the chaos run: the secretary opens it on the twenty appraised
 * dossiers, each of the 50 members chooses on each card and confirms (2,000 presses spread over
 * most of the run, whatever the kills), and the secretary closes it near the end. What each member
 * confirmed is counted here, to check against the box.
 */
final class ChaosBallot {

  private static final Pattern CODE = Pattern.compile("Đề cử (N-\\d+)");

  private final ChaosRun run;
  private final ChaosWorld world;
  private final Random dice;

  /** A member's ballot card for one nomination, as the emulator shows it in their chat. */
  record Card(EmulatedUser member, ChatMessage message, String code) {

    /** Chooses (agree or disagree) and confirms, counting the choice as confirmed. */
    void vote(ChaosRun run, boolean agree, long pauseMs) throws InterruptedException {
      String data = message.buttons().get(agree ? 0 : 1).callbackData();
      run.press(member, message.messageId(), data);
      Thread.sleep(pauseMs);
      run.press(member, message.messageId(), data.replace("vote:p:", "vote:ok:"));
      run.expectedVotes
          .computeIfAbsent(code + (agree ? ":A" : ":D"), k -> new AtomicInteger())
          .incrementAndGet();
    }
  }

  ChaosBallot(ChaosRun run, ChaosWorld world) {
    this.run = run;
    this.world = world;
    this.dice = new Random(run.seed ^ 0xba11075);
  }

  void run() throws InterruptedException {
    EmulatedUser lan = world.secretary();
    ChatMessage preview = ChaosSecretary.exchange(run, lan, "/ballot_open", "Mở phiếu bầu kín");
    ChaosSecretary.pressAndAwait(run, lan, preview, 0, "Đã mở phiếu bầu kín số");
    List<Card> cards = new ArrayList<>();
    for (EmulatedUser member : world.council()) {
      cards.addAll(cards(run, member, ChaosRun.NOMINATIONS));
    }
    Collections.shuffle(cards, dice);
    Duration until = ChaosRun.LENGTH.multipliedBy(7).dividedBy(10);
    long elapsed = System.nanoTime() - run.started;
    long gapMs = Math.max(50, (until.toNanos() - elapsed) / 1_000_000 / Math.max(1, cards.size()));
    for (Card card : cards) {
      card.vote(run, dice.nextInt(10) < 7, gapMs / 2);
      Thread.sleep(gapMs / 2);
    }
    run.sleepUntil(ChaosRun.LENGTH.multipliedBy(8).dividedBy(10));
    ChatMessage close = ChaosSecretary.exchange(run, lan, "/ballot_close", "Đóng phiếu bầu số");
    ChaosSecretary.pressAndAwait(run, lan, close, 0, "Đã đóng phiếu bầu số");
    run.say("ballot closed; %d choices confirmed", cards.size());
  }

  /** The member's card for each of the run's nominations, once all have come. */
  static List<Card> cards(ChaosRun run, EmulatedUser member, int nominations)
      throws InterruptedException {
    long deadline = System.nanoTime() + ChaosRun.PATIENCE.toNanos();
    while (true) {
      List<Card> found = new ArrayList<>();
      for (ChatMessage m : run.emulator.chat(member.chatId())) {
        Matcher code = m.text() == null ? null : CODE.matcher(m.text());
        if (m.fromBot() && code != null && code.lookingAt() && m.buttons().size() >= 2) {
          found.add(new Card(member, m, code.group(1)));
        }
      }
      long distinct = found.stream().map(Card::code).distinct().count();
      if (distinct == nominations) {
        return found.stream()
            .filter(
                c -> found.stream().filter(o -> o.code().equals(c.code())).findFirst().get() == c)
            .toList();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "member "
                + member.id()
                + " got "
                + distinct
                + " of "
                + nominations
                + " ballot cards in "
                + ChaosRun.PATIENCE);
      }
      Thread.sleep(500);
    }
  }
}
