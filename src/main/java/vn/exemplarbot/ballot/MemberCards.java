package vn.exemplarbot.ballot;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.exemplarbot.ballot.internal.BallotRows;
import vn.exemplarbot.clock.Zones;
import vn.exemplarbot.conversation.CallbackData;
import vn.exemplarbot.conversation.Turn;
import vn.exemplarbot.messaging.Button;
import vn.exemplarbot.messaging.Markup;
import vn.exemplarbot.messaging.Message;
import vn.exemplarbot.messaging.Outbox;
import vn.exemplarbot.messaging.Texts;
import vn.exemplarbot.nomination.BallotCandidates;
import vn.exemplarbot.roster.Accounts;

/**
 * What a council member sees: a short header, then one message per nomination with {@code Đồng ý} /
 * {@code Không đồng ý} (and {@code Không ý kiến}) and {@code Xem hồ sơ}; after a press, {@code Xác
 * nhận} / {@code Chọn lại} with the choice in the button data; once cast, "Đã bỏ phiếu" and the
 * receipt, never the choice (so the message proves nothing to anyone).
 */
@Component
class MemberCards {

  static final String KIND = "vote";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Zones.LOCAL);

  private final Outbox outbox;
  private final Accounts accounts;
  private final Texts texts;
  private final BallotRows rows;
  private final BallotCandidates candidates;

  MemberCards(
      Outbox outbox, Accounts accounts, Texts texts, BallotRows rows, BallotCandidates candidates) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.texts = texts;
    this.rows = rows;
    this.candidates = candidates;
  }

  /** {@code Xem hồ sơ}: the whole dossier as the nomination module renders it. */
  boolean showDossier(Turn turn, long nominationId) {
    return candidates.showDossier(turn, nominationId);
  }

  static String time(Instant at) {
    return TIME.format(at);
  }

  /**
   * The header and a message per nomination this member votes on, each recorded with the ballot.
   */
  void send(Ballot ballot, List<Item> items, String personId, Set<Long> eligible) {
    String language = accounts.language(personId);
    List<Item> mine = items.stream().filter(i -> eligible.contains(i.nominationId())).toList();
    String header =
        texts.get(
            language, "ballot.member.header", ballot.id(), mine.size(), time(ballot.closesAt()));
    rows.addMessage(ballot.id(), personId, 0, outbox.toPerson(personId, new Message.Text(header)));
    for (Item item : mine) {
      long outboxId = outbox.toPerson(personId, card(language, ballot, item));
      rows.addMessage(ballot.id(), personId, item.nominationId(), outboxId);
    }
  }

  Message.Text card(String language, Ballot ballot, Item item) {
    return new Message.Text(cardText(language, item), buttons(language, ballot, item));
  }

  String cardText(String language, Item item) {
    return texts.get(
        language,
        "ballot.member.card",
        item.code(),
        item.nominee(),
        String.valueOf(item.division()),
        String.valueOf(item.movement()),
        String.valueOf(item.excerpt()));
  }

  private Markup buttons(String language, Ballot ballot, Item item) {
    List<Button> choices = new ArrayList<>();
    choices.add(button(language, Choice.AGREE.labelKey(), "p", ballot, item, "A"));
    choices.add(button(language, Choice.DISAGREE.labelKey(), "p", ballot, item, "D"));
    if (ballot.rules().allowAbstain()) {
      choices.add(button(language, Choice.ABSTAIN.labelKey(), "p", ballot, item, "N"));
    }
    return new Markup.Inline(
        List.of(choices, List.of(button(language, "ballot.button.view", "view", ballot, item))));
  }

  /** The question before a vote is final: the choice rides in the data of {@code Xác nhận}. */
  Message.Text confirm(String language, Ballot ballot, Item item, Choice choice) {
    String text =
        texts.get(
            language,
            "ballot.member.confirm",
            item.code(),
            item.nominee(),
            texts.get(language, choice.labelKey()));
    return new Message.Text(
        text,
        Markup.Inline.row(
            button(language, "ballot.button.confirm", "ok", ballot, item, choice.letter()),
            button(language, "ballot.button.again", "back", ballot, item)));
  }

  Message.Text voted(String language, Item item, String receipt) {
    return new Message.Text(
        texts.get(language, "ballot.member.voted", item.code(), item.nominee(), receipt));
  }

  /** Rewrites a ballot message the outbox sent to this member (the ballot ended). */
  void rewrite(String personId, long outboxId, String key, Object... args) {
    String language = accounts.language(personId);
    outbox.editSent(outboxId, new Message.Text(texts.get(language, key, args)));
  }

  String text(String language, String key, Object... args) {
    return texts.get(language, key, args);
  }

  private Button button(
      String language, String labelKey, String action, Ballot ballot, Item item, Object... more) {
    List<Object> args = new ArrayList<>(List.of(action, ballot.id(), item.nominationId()));
    args.addAll(List.of(more));
    return new Button(
        texts.get(language, labelKey), CallbackData.of(KIND, args.toArray()).encode());
  }
}
