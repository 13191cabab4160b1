package vn.exemplarbot.playground;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.exemplarbot.roster.Person;
import vn.exemplarbot.roster.Roster;
import vn.exemplarbot.roster.Settings;
import vn.exemplarbot.sandbox.BotApiEmulator;
import vn.exemplarbot.sandbox.ChatMessage;

/**
 * Files three nominations as people do, up to "appraised", so a visitor may jump to the ballot:
 * emulated staff members type and press through {@code /nominate} with an evidence file, their
 * division heads endorse, the council secretary appraises {@code Đạt}. Nothing is written to the
 * database except by the bot answering them. The actors are chosen from the roster (see {@link
 * SampleCast}), so any department's roster works.
 */
public final class SampleData {

  private static final Pattern CODE = Pattern.compile("N-\\d+");

  private final BotApiEmulator emulator;
  private final SandboxPeople people;
  private final Roster roster;
  private final Settings settings;
  private final Duration stepTimeout;

  public SampleData(
      BotApiEmulator emulator,
      SandboxPeople people,
      Roster roster,
      Settings settings,
      Duration stepTimeout) {
    this.emulator = emulator;
    this.people = people;
    this.roster = roster;
    this.settings = settings;
    this.stepTimeout = stepTimeout;
  }

  /** Files, endorses and appraises three nominations; returns their codes. */
  public List<String> fileThree() {
    SampleCast cast = SampleCast.of(roster);
    List<String> codes = new ArrayList<>();
    for (SampleCast.Filing filing : cast.filings()) {
      String code = nominate(filing, codes.size() + 1);
      endorse(filing, code);
      appraise(cast, code);
      codes.add(code);
    }
    return codes;
  }

  private String nominate(SampleCast.Filing f, int n) {
    SampleChat proposer = chat(f.proposer()).registered();
    proposer.say("/nominate", "Bước 1/8");
    if (f.nominee() == null) {
      proposer.press("Tập thể", "Tập thể (phòng) nào");
      proposer.press(f.division().name(), "Bước 3/8");
    } else {
      proposer.press("Cá nhân", "thuộc phòng nào");
      ChatMessage list = proposer.press(f.division().name(), "Chọn người");
      pickPerson(proposer, list, f.nominee().name());
    }
    proposer.press(settings.movements().get(0), "Bước 4/8");
    proposer.say(SampleTexts.achievements(n), "Tiêu chuẩn 1/" + settings.criteria().size());
    answerCriteria(proposer);
    proposer.sendDocument(
        "minh-chung-" + n + ".pdf", "application/pdf", evidencePdf(n), "Bước 6/8", "Đã nhận 1 tệp");
    proposer.press("Xong", "Bước 7/8");
    proposer.press("Không", "Bước 8/8");
    ChatMessage sent = proposer.press("Gửi", "Đã gửi");
    Matcher code = CODE.matcher(sent.text());
    if (!code.find()) {
      throw new SampleDataException("no code in «" + sent.text() + "»");
    }
    return code.group();
  }

  private void pickPerson(SampleChat proposer, ChatMessage list, String name) {
    ChatMessage page = list;
    for (int i = 0; i < 20 && page.buttons().stream().noneMatch(b -> b.text().equals(name)); i++) {
      page = proposer.press(page, "Sau ›", "Chọn người");
    }
    proposer.press(page, name, "Bước 3/8");
  }

  private void answerCriteria(SampleChat proposer) {
    int count = settings.criteria().size();
    for (int i = 1; i <= count; i++) {
      String next = i < count ? "Tiêu chuẩn " + (i + 1) + "/" + count : "Bước 6/8";
      proposer.say(SampleTexts.criterion(i), next);
    }
  }

  private void endorse(SampleCast.Filing f, String code) {
    SampleChat head = chat(f.head()).registered();
    ChatMessage card = head.await("Đề cử " + code + " chờ bạn giới thiệu");
    ChatMessage confirm = head.press(card, "Giới thiệu", "Giới thiệu đề cử " + code);
    head.press(confirm, "Xác nhận", "Đã giới thiệu đề cử " + code);
  }

  private void appraise(SampleCast cast, String code) {
    SampleChat secretary = chat(cast.secretary()).registered();
    ChatMessage card = secretary.await("Hồ sơ " + code + " chờ thẩm định");
    ChatMessage confirm = secretary.press(card, "Đạt", "Xác nhận hồ sơ " + code);
    secretary.press(confirm, "Xác nhận", "Đã thẩm định đạt hồ sơ " + code);
  }

  private SampleChat chat(Person person) {
    return new SampleChat(emulator, people.user(person), person.name(), stepTimeout);
  }

  /** A small real PDF: the evidence file a proposer attaches. */
  static byte[] evidencePdf(int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    com.lowagie.text.Document pdf = new com.lowagie.text.Document();
    com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
    pdf.open();
    pdf.add(new com.lowagie.text.Paragraph("Minh chung mau " + n + " (moi truong thu)"));
    pdf.close();
    return out.toByteArray();
  }
}
